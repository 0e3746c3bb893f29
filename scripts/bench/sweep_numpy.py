"""NumPy's twin of the bias-variance sweep in sweep_design.ts (npm run bench, section 5).

Reads the design as JSON on stdin: {"degrees", "replicates", "trainX", "testX", "noiseSd",
"repeats", "seed"}. Per degree and replicate it does what an outside caller does with NumPy: draw
y = sin(2 pi x) + noise, np.vander + np.linalg.lstsq, predict on the test points; then
bias^2 and variance exactly as biasVarianceDecomposition defines them (variance divided by R).
Prints JSON: the wall and CPU time of each whole sweep in ms and the curve of the first one.
"""

import json
import sys
import time

import numpy as np


def sweep(design, rng):
    x = np.asarray(design["trainX"], dtype=float)
    x_test = np.asarray(design["testX"], dtype=float)
    sigma = design["noiseSd"]
    replicates = design["replicates"]
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
        curve.append(
            {
                "degree": degree,
                "bias2": float(np.mean((average - f_test) ** 2)),
                "variance": float(np.mean((predictions - average) ** 2)),
            }
        )
    return curve


def main():
    design = json.load(sys.stdin)
    rng = np.random.default_rng(design.get("seed", 20261203))
    # Warm-up, not timed: the first lstsq call loads LAPACK.
    np.linalg.lstsq(np.vander(np.linspace(0, 1, 30), 3), np.ones(30), rcond=None)
    times = []
    cpu = []
    first = None
    for _ in range(design.get("repeats", 1)):
        start = time.perf_counter()
        cpu_start = time.process_time()
        curve = sweep(design, rng)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - cpu_start) * 1000)
        first = first or curve
    json.dump({"numpy": np.__version__, "ms": times, "cpuMs": cpu, "curve": first}, sys.stdout)


if __name__ == "__main__":
    main()
