/**
 * The shape of a least-squares fit, shared by the double-precision path (least_squares.ts) and
 * the double-double one it falls back to (extended_least_squares.ts), so neither imports the other.
 */
export interface LeastSquaresFit {
  /** b minimising ‖y − Xb‖², one per column of the design as given. */
  readonly coefficients: number[];
  readonly fitted: number[];
  readonly residuals: number[];
  /** Residual sum of squares Σ e_i². */
  readonly rss: number;
  /** Diagonal of (XᵀX)⁻¹: multiply by s² for squared standard errors. */
  readonly inverseGramDiagonal: number[];
  /**
   * √diag((XᵀX)⁻¹), computed without squaring the column scales: multiply by s for standard
   * errors. At X × 10^±200 the diagonal itself over- or underflows; its square root does not.
   */
  readonly inverseGramRootDiagonal: number[];
  /** Diagonal of the hat matrix X(XᵀX)⁻¹Xᵀ; sums to the number of columns (computed on first use). */
  readonly leverage: number[];
  /** R of X = QR for the design as given (unscaled), p × p upper triangular: σ(R) = σ(X). */
  readonly triangularFactor: number[][];
}
