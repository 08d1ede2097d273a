# numpy_mlp.py — the NumPy peer of the lab's training loop: a multi-layer perceptron written the
# way a lecture notebook writes one, timed on one epoch of MNIST (lessons/speed.md compares it with
# `benchmark`).
#
#   /usr/bin/python3 src/bench/peers/numpy_mlp.py
#
# Classes Linear, Tanh, Softmax and CrossEntropyLoss, each with forward and backward, in float32;
# the network 784-128-10 with tanh, trained by SGD with learning rate 0.1 on the 60,000 training
# images of data/*.gz (read with Python's gzip module), one epoch at batch 32 and one at batch 256,
# each from fresh weights. Like the notebook, every layer's backward also returns the gradient of
# its input, the first layer's included. It prints seconds per epoch and, as a check that it
# learned, the accuracy on the 10,000 test images. It uses one thread unless
# OPENBLAS_NUM_THREADS is set. Without NumPy it says so and exits 0.
import gzip
import os
import struct
import sys
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

try:
    import numpy as np
except ImportError:
    print("skipped: NumPy is not installed")
    sys.exit(0)

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "data")


class Linear:
    """z = x·Wᵀ + b, with W (n_out x n_in) drawn from N(0, 1/n_in) and b = 0."""

    def __init__(self, n_in, n_out, rng):
        self.W = (rng.standard_normal((n_out, n_in)) / np.sqrt(n_in)).astype(np.float32)
        self.b = np.zeros(n_out, np.float32)

    def forward(self, x):
        self.x = x
        return x @ self.W.T + self.b

    def backward(self, grad):  # grad = ∂L/∂z
        self.grad_W = grad.T @ self.x  # ∂L/∂W = δᵀ·x
        self.grad_b = grad.sum(axis=0)
        return grad @ self.W  # ∂L/∂x = δ·W

    def step(self, learning_rate):
        self.W -= learning_rate * self.grad_W
        self.b -= learning_rate * self.grad_b


class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, grad):  # tanh' = 1 − tanh²
        return grad * (1 - self.y * self.y)


class Softmax:
    def forward(self, x):
        e = np.exp(x - x.max(axis=1, keepdims=True))
        self.p = e / e.sum(axis=1, keepdims=True)
        return self.p

    def backward(self, grad):  # the Jacobian diag(p) − p·pᵀ of each row, times grad
        return self.p * (grad - (grad * self.p).sum(axis=1, keepdims=True))


class CrossEntropyLoss:
    """L = −mean over the batch of log p[label]."""

    def forward(self, p, labels):
        self.p, self.labels = p, labels
        return -np.log(p[np.arange(len(labels)), labels]).mean()

    def backward(self):  # ∂L/∂p is −1/(B·p) at each row's label, 0 elsewhere
        grad = np.zeros_like(self.p)
        rows = np.arange(len(self.labels))
        grad[rows, self.labels] = -1 / (len(self.labels) * self.p[rows, self.labels])
        return grad


def read_idx(name):
    """Support code: an IDX file of unsigned bytes (MNIST), as a NumPy array of its shape."""
    path = os.path.join(DATA, name)
    try:
        with gzip.open(path, "rb") as f:
            data = f.read()
    except OSError as error:
        sys.exit("numpy_mlp.py: cannot read %s: %s" % (path, error))
    dims = data[3]
    shape = struct.unpack(">%dI" % dims, data[4:4 + 4 * dims])
    return np.frombuffer(data, np.uint8, offset=4 + 4 * dims).reshape(shape)


def train_epoch(layers, loss, images, labels, batch, rng, learning_rate=0.1):
    order = rng.permutation(len(images))
    for first in range(0, len(images), batch):
        chosen = order[first:first + batch]
        out = images[chosen]
        for layer in layers:
            out = layer.forward(out)
        loss.forward(out, labels[chosen])
        grad = loss.backward()
        for layer in reversed(layers):
            grad = layer.backward(grad)
        for layer in layers:
            if isinstance(layer, Linear):
                layer.step(learning_rate)


def accuracy(layers, images, labels):
    out = images
    for layer in layers:
        out = layer.forward(out)
    return (out.argmax(axis=1) == labels).mean()


def main():
    train_images = read_idx("train-images-idx3-ubyte.gz").reshape(-1, 784).astype(np.float32) / 255
    train_labels = read_idx("train-labels-idx1-ubyte.gz").astype(np.int64)
    test_images = read_idx("t10k-images-idx3-ubyte.gz").reshape(-1, 784).astype(np.float32) / 255
    test_labels = read_idx("t10k-labels-idx1-ubyte.gz").astype(np.int64)
    print("numpy %s, OPENBLAS_NUM_THREADS=%s, 784-128-10 tanh, SGD 0.1, %d images"
          % (np.__version__, os.environ["OPENBLAS_NUM_THREADS"], len(train_images)))
    for batch in (32, 256):
        rng = np.random.default_rng(1)
        layers = [Linear(784, 128, rng), Tanh(), Linear(128, 10, rng), Softmax()]
        start = time.perf_counter()
        train_epoch(layers, CrossEntropyLoss(), train_images, train_labels, batch, rng)
        seconds = time.perf_counter() - start
        print("batch %3d: %.2f s/epoch, %.0f images/s, test accuracy %.3f"
              % (batch, seconds, len(train_images) / seconds,
                 accuracy(layers, test_images, test_labels)))


if __name__ == "__main__":
    main()
