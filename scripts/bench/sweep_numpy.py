"""NumPy's twin of the bias-variance sweep in sweep.ts: the design as JSON on stdin; per degree and
replicate, np.vander + np.linalg.lstsq as an outside caller would; prints the time and the curve."""

import json
import sys
import time

import numpy as np

design = json.load(sys.stdin)
rng = np.random.default_rng(design["seed"])
# Warm-up, not timed: the first lstsq call loads LAPACK.
np.linalg.lstsq(np.vander(np.linspace(0, 1, 30), 3), np.ones(30), rcond=None)

start = time.perf_counter()
cpu_start = time.process_time()
x = np.asarray(design["trainX"], dtype=float)
x_test = np.asarray(design["testX"], dtype=float)
sigma, replicates = design["noiseSd"], design["replicates"]
f_train = np.sin(2 * np.pi * x)
f_test = np.sin(2 * np.pi * x_test)
curve = []
for degree in design["degrees"]:
    predictions = np.empty((replicates, x_test.size))
    for r in range(replicates):
        y = f_train + sigma * rng.standard_normal(x.size)
        coefficients = np.linalg.lstsq(np.vander(x, degree + 1), y, rcond=None)[0]
        predictions[r] = np.vander(x_test, degree + 1) @ coefficients
    average = predictions.mean(axis=0)
    bias2 = float(np.mean((average - f_test) ** 2))
    variance = float(np.mean((predictions - average) ** 2))
    curve.append({"degree": degree, "bias2": bias2, "variance": variance})
ms = (time.perf_counter() - start) * 1000
cpu_ms = (time.process_time() - cpu_start) * 1000
json.dump({"numpy": np.__version__, "ms": [ms], "cpuMs": [cpu_ms], "curve": curve}, sys.stdout)
