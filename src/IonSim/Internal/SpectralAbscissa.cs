namespace IonSim.Internal;

/// <summary>
/// The spectral abscissa of a real square matrix, max Re λ: the growth rate that decides whether a steady state is stable.
/// Only eigenvalues are needed, so no eigenvectors are formed: a Householder reduction to upper Hessenberg form, then
/// Francis double-shift QR sweeps on the active block only (Golub &amp; Van Loan, Matrix Computations, 4th ed., §7.4–7.5;
/// the deflation and exceptional-shift rules of EISPACK's hqr). For a 20×20 matrix that is about a third of the work
/// of a full eigendecomposition with vectors.
/// </summary>
internal static class SpectralAbscissa
{
    /// <summary>
    /// max Re λ over the eigenvalues of the n×n row-major matrix <paramref name="a"/>, which is overwritten; NaN when the
    /// QR iteration does not converge (30·n sweeps), so the caller can fall back to a full decomposition.
    /// </summary>
    public static double Of(Span<double> a, int n)
    {
        if (a.Length < n * n)
        {
            throw new ArgumentException($"A {n}×{n} matrix needs {n * n} entries, but the span has {a.Length}.", nameof(a));
        }

        ReduceToHessenberg(a, n);
        return LargestRealPartOfHessenberg(a, n);
    }

    // A = QᵀAQ with Householder reflections P = I − u·uᵀ/h, column by column; only the Hessenberg part is kept.
    private static void ReduceToHessenberg(Span<double> a, int n)
    {
        Span<double> u = stackalloc double[n];
        for (int m = 1; m < n - 1; m++)
        {
            double scale = 0;
            for (int i = m; i < n; i++)
            {
                scale += Math.Abs(a[(i * n) + m - 1]);
            }

            if (scale == 0)
            {
                continue;   // the column is already reduced
            }

            double h = 0;
            for (int i = m; i < n; i++)
            {
                u[i] = a[(i * n) + m - 1] / scale;
                h += u[i] * u[i];
            }

            double g = u[m] > 0 ? -Math.Sqrt(h) : Math.Sqrt(h);
            h -= u[m] * g;
            u[m] -= g;

            // From the left, on columns m..n−1 (column m − 1 becomes (…, scale·g, 0, …) below).
            for (int j = m; j < n; j++)
            {
                double f = 0;
                for (int i = m; i < n; i++)
                {
                    f += u[i] * a[(i * n) + j];
                }

                f /= h;
                for (int i = m; i < n; i++)
                {
                    a[(i * n) + j] -= f * u[i];
                }
            }

            // From the right, on every row.
            for (int i = 0; i < n; i++)
            {
                double f = 0;
                for (int j = m; j < n; j++)
                {
                    f += u[j] * a[(i * n) + j];
                }

                f /= h;
                for (int j = m; j < n; j++)
                {
                    a[(i * n) + j] -= f * u[j];
                }
            }

            a[(m * n) + m - 1] = scale * g;
            for (int i = m + 1; i < n; i++)
            {
                a[(i * n) + m - 1] = 0;
            }
        }
    }

    private static double LargestRealPartOfHessenberg(Span<double> h, int n)
    {
        double norm = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = Math.Max(i - 1, 0); j < n; j++)
            {
                norm += Math.Abs(h[(i * n) + j]);
            }
        }

        double largest = double.NegativeInfinity;
        double shift = 0;   // the exceptional shifts taken so far, subtracted from the diagonal
        int iterations = 0;
        int en = n - 1;
        while (en >= 0)
        {
            // The lowest l such that the block l..en has no negligible subdiagonal entry.
            int l = en;
            while (l > 0)
            {
                double s = Math.Abs(h[((l - 1) * n) + l - 1]) + Math.Abs(h[(l * n) + l]);
                if (s == 0)
                {
                    s = norm;
                }

                if (Math.Abs(h[(l * n) + l - 1]) < double.Epsilon + (Eps * s))
                {
                    break;
                }

                l--;
            }

            if (l == en)
            {
                // A 1×1 block: one real eigenvalue.
                largest = Math.Max(largest, h[(en * n) + en] + shift);
                en--;
                iterations = 0;
                continue;
            }

            double x = h[(en * n) + en];
            double y = h[((en - 1) * n) + en - 1];
            double w = h[(en * n) + en - 1] * h[((en - 1) * n) + en];
            if (l == en - 1)
            {
                // A 2×2 block: eigenvalues x + p ± √(p² + w).
                double p = (y - x) / 2;
                double q = (p * p) + w;
                if (q >= 0)
                {
                    double z = p + (p >= 0 ? Math.Sqrt(q) : -Math.Sqrt(q));
                    largest = Math.Max(largest, x + z + shift);
                    largest = Math.Max(largest, (z != 0 ? x - (w / z) : x + z) + shift);
                }
                else
                {
                    largest = Math.Max(largest, x + p + shift);   // a complex pair
                }

                en -= 2;
                iterations = 0;
                continue;
            }

            if (iterations == 30 * n)
            {
                return double.NaN;
            }

            if (iterations == 10 || iterations == 20)
            {
                // Exceptional shift, to break a cycle of the standard one.
                shift += x;
                for (int i = 0; i <= en; i++)
                {
                    h[(i * n) + i] -= x;
                }

                double s = Math.Abs(h[(en * n) + en - 1]) + Math.Abs(h[((en - 1) * n) + en - 2]);
                x = y = 0.75 * s;
                w = -0.4375 * s * s;
            }

            iterations++;
            DoubleShiftSweep(h, n, l, en, x, y, w);
        }

        return largest;
    }

    private const double Eps = 2.220446049250313e-16;

    // One Francis double-shift QR sweep on the block l..en, with the shifts the roots of λ² − (x + y)·λ + (x·y − w).
    private static void DoubleShiftSweep(Span<double> h, int n, int l, int en, double x, double y, double w)
    {
        // Start where two consecutive subdiagonal entries are small enough that the sweep can begin there.
        double p = 0, q = 0, r = 0;
        int m = en - 2;
        for (; m >= l; m--)
        {
            double z = h[(m * n) + m];
            double rr = x - z;
            double ss = y - z;
            p = (((rr * ss) - w) / h[((m + 1) * n) + m]) + h[(m * n) + m + 1];
            q = h[((m + 1) * n) + m + 1] - z - rr - ss;
            r = h[((m + 2) * n) + m + 1];
            double s = Math.Abs(p) + Math.Abs(q) + Math.Abs(r);
            p /= s;
            q /= s;
            r /= s;
            if (m == l)
            {
                break;
            }

            double left = Math.Abs(h[(m * n) + m - 1]) * (Math.Abs(q) + Math.Abs(r));
            double right = Eps * Math.Abs(p) * (Math.Abs(h[((m - 1) * n) + m - 1]) + Math.Abs(z) + Math.Abs(h[((m + 1) * n) + m + 1]));
            if (left < right)
            {
                break;
            }
        }

        for (int i = m + 2; i <= en; i++)
        {
            h[(i * n) + i - 2] = 0;
            if (i > m + 2)
            {
                h[(i * n) + i - 3] = 0;
            }
        }

        // Chase the bulge down with 3×3 (last: 2×2) Householder reflections.
        for (int k = m; k < en; k++)
        {
            bool notLast = k != en - 1;
            double scale = 0;
            if (k != m)
            {
                p = h[(k * n) + k - 1];
                q = h[((k + 1) * n) + k - 1];
                r = notLast ? h[((k + 2) * n) + k - 1] : 0;
                scale = Math.Abs(p) + Math.Abs(q) + Math.Abs(r);
                if (scale == 0)
                {
                    continue;
                }

                p /= scale;
                q /= scale;
                r /= scale;
            }

            double s = Math.Sqrt((p * p) + (q * q) + (r * r));
            if (p < 0)
            {
                s = -s;
            }

            if (s == 0)
            {
                continue;
            }

            if (k != m)
            {
                h[(k * n) + k - 1] = -s * scale;
            }
            else if (l != m)
            {
                h[(k * n) + k - 1] = -h[(k * n) + k - 1];
            }

            p += s;
            double vx = p / s, vy = q / s, vz = r / s;
            q /= p;
            r /= p;

            // Rows k..k+2, columns k..en.
            for (int j = k; j <= en; j++)
            {
                double t = h[(k * n) + j] + (q * h[((k + 1) * n) + j]);
                if (notLast)
                {
                    t += r * h[((k + 2) * n) + j];
                    h[((k + 2) * n) + j] -= t * vz;
                }

                h[(k * n) + j] -= t * vx;
                h[((k + 1) * n) + j] -= t * vy;
            }

            // Columns k..k+2, rows l..min(en, k + 3).
            int last = Math.Min(en, k + 3);
            for (int i = l; i <= last; i++)
            {
                double t = (vx * h[(i * n) + k]) + (vy * h[(i * n) + k + 1]);
                if (notLast)
                {
                    t += vz * h[(i * n) + k + 2];
                    h[(i * n) + k + 2] -= t * r;
                }

                h[(i * n) + k] -= t;
                h[(i * n) + k + 1] -= t * q;
            }
        }
    }
}
