# sgemm_peak.py — the speed of OpenBLAS's SGEMM, through NumPy, on the products of the lab's
# 784→128 layer, to compare with the fast products of `benchmark` (lessons/speed.md).
#
#   /usr/bin/python3 src/bench/peers/sgemm_peak.py
#
# For a Linear layer with input X (B x 784), weights W (128 x 784) and δ = ∂L/∂z (B x 128), at
# batch B = 256 and 32, it times the three products in float32 on one thread:
#   forward X·Wᵀ     (B x 784)·(784 x 128)
#   ∂L/∂W = δᵀ·X     (128 x B)·(B x 784)
#   ∂L/∂X = δ·W      (B x 128)·(128 x 784)
# An (n x k)·(k x p) product is 2·n·k·p floating-point operations; the script prints GFLOP/s, the
# median of 7 repetitions of as many calls as fill 20 ms each, like `benchmark`. It also prints
# which OpenBLAS kernel serves the products (its "core name"), as far as it can find out.
# It uses one thread unless OPENBLAS_NUM_THREADS is set. Without NumPy it says so and exits 0.
import os
import sys
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

try:
    import numpy as np
except ImportError:
    print("skipped: NumPy is not installed")
    sys.exit(0)


def openblas_core():
    """Support code: the core name of the OpenBLAS library this process loaded, or 'unknown'."""
    import ctypes

    try:
        with open("/proc/self/maps") as maps:
            paths = {line.split()[-1] for line in maps if "openblas" in line.lower()}
        for path in sorted(paths):
            library = ctypes.CDLL(path)
            library.openblas_get_corename.restype = ctypes.c_char_p
            library.openblas_get_config.restype = ctypes.c_char_p
            return "%s (%s)" % (library.openblas_get_corename().decode(),
                                library.openblas_get_config().decode().strip())
    except (OSError, AttributeError):
        pass
    return "unknown"


def seconds_per_call(call):
    call()
    times = []
    for _ in range(7):
        start = time.perf_counter()
        calls = 0
        while True:
            call()
            calls += 1
            elapsed = time.perf_counter() - start
            if elapsed >= 0.02:
                break
        times.append(elapsed / calls)
    return sorted(times)[len(times) // 2]


def main():
    rng = np.random.default_rng(1)
    inputs, outputs = 784, 128
    weights = rng.uniform(-1, 1, (outputs, inputs)).astype(np.float32)
    print("numpy %s, OpenBLAS %s, OPENBLAS_NUM_THREADS=%s"
          % (np.__version__, openblas_core(), os.environ["OPENBLAS_NUM_THREADS"]))
    print("layer     batch  product        GFLOP/s")
    for batch in (256, 32):
        x = rng.uniform(-1, 1, (batch, inputs)).astype(np.float32)
        delta = rng.uniform(-1, 1, (batch, outputs)).astype(np.float32)
        cases = [("forward X·Wᵀ", x, weights.T, np.empty((batch, outputs), np.float32)),
                 ("∂L/∂W = δᵀ·X", delta.T, x, np.empty((outputs, inputs), np.float32)),
                 ("∂L/∂X = δ·W ", delta, weights, np.empty((batch, inputs), np.float32))]
        for name, left, right, out in cases:
            seconds = seconds_per_call(lambda: np.matmul(left, right, out=out))
            flop = 2.0 * batch * inputs * outputs
            print("784→128  %5d  %s %8.1f" % (batch, name, flop / seconds / 1e9))


if __name__ == "__main__":
    main()
