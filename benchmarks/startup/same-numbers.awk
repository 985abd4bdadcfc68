# Compares two text files (awk -v tol=1e-9 -v floor=1e-12 -f same-numbers.awk A B): every line must read the same once each
# number in it is replaced by "#", and each pair of numbers x, y must satisfy |x - y| <= tol * max(|x|, |y|) + floor. Prints the first lines that
# differ and exits 1; exits 0 when the files agree. Used by aot-check.sh: the natively compiled tool sums SIMD lanes in
# another order than the JIT (the JIT uses AVX-512 where the machine has it, the native code targets the x86-64 baseline),
# so its numbers may differ from the JIT build's in the last digits.
function shape(line, numbers,    count, out) {
    count = 0; out = ""
    while (match(line, /-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?/)) {
        out = out substr(line, 1, RSTART - 1) "#"
        numbers[++count] = substr(line, RSTART, RLENGTH) + 0
        line = substr(line, RSTART + RLENGTH)
    }
    numbers[0] = count
    return out line
}
function close_enough(x, y,    scale) {
    scale = (x < 0 ? -x : x) > (y < 0 ? -y : y) ? (x < 0 ? -x : x) : (y < 0 ? -y : y)
    return (x - y <= tol * scale + floor && y - x <= tol * scale + floor) || x == y
}
FILENAME == ARGV[1] { first[FNR] = $0; n = FNR; next }
{
    m = FNR
    if (FNR > n) { report(FNR, "(no line)", $0); next }
    a = shape(first[FNR], na); b = shape($0, nb)
    if (a != b) { report(FNR, first[FNR], $0); next }
    for (i = 1; i <= na[0]; i++) if (!close_enough(na[i], nb[i])) { report(FNR, first[FNR], $0); next }
}
function report(line, x, y) {
    if (++bad <= 3) printf "  line %d:\n    < %s\n    > %s\n", line, substr(x, 1, 200), substr(y, 1, 200)
}
END {
    if (m < n) report(m + 1, first[m + 1], "(no line)")
    exit bad > 0
}
