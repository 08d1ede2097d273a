// benchmark.cpp — support code: how fast are the products and the training loop? The numbers of
// lessons/speed.md. It is linked with the fast tier and calls the reference tier's loops by their
// own names (mlp::reference::…), so both are measured in one process.
//
//   benchmark [--quick] [--help]
//
// It prints the settings (compiler, flags, kernels, processor, threads, load) and three tables:
//   1. GFLOP/s of the three products of a Linear layer — forward X·Wᵀ, ∂L/∂W = δᵀ·X and
//      ∂L/∂X = δ·W — for the lab's layers 784→128 and 128→10 at batch 1, 32 and 256: the reference
//      tier's naive triple loop and loop-ordered product, and the fast tier's on one thread and on
//      two. An (n x k)·(k x p) product is n·k·p multiply-adds, 2·n·k·p floating-point operations.
//      At 784→128 and batch 256 it is also a guard (kGuardRatio below).
//   2. Seconds per epoch and images per second of training 784-128-10 (tanh, softmax
//      cross-entropy, SGD with learning rate 0.1) on 60,000 images at batch 32 and 256, on one and
//      two threads and the default count: the whole loop, from bytes to updated weights.
//   3. The peak memory of the process.
// and a note when work shared between threads ran clearly slower on two of them than on one, which
// means that another program was using the cores.
// Every time is the median of several repetitions, so a repetition slowed down by another program
// does not move it. --quick measures briefly and trains on 2,000 images, just to show that it
// all runs.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "data/mnist.hpp"
#include "framework/kernels.hpp"
#include "framework/reference_kernels.hpp"
#include "framework/training.hpp"
#include "lab/mnist_dataset.hpp"
#include "platform/platform.hpp"

namespace {

// Whether a failed guard (product_table) fails the program. CMake turns it on for optimised
// builds with the fast tier's vector code and without sanitizers, the only builds whose speed
// means something. It also needs fused multiply-adds (x86 from AVX2 on, every 64-bit ARM): with
// SSE alone a vector multiply and a vector add are two instructions, the register tile can be at
// most twice as fast as the loop-ordered product, and measures 1.1 to 1.8 times.
#if defined(MLP_SPEED_GUARD) && (defined(__FMA__) || defined(__aarch64__))
constexpr bool kSpeedGuard = true;
#else
constexpr bool kSpeedGuard = false;
#endif

struct Settings {
  bool quick = false;
  int repetitions = 7;         // per measurement; the median is reported
  double minimum_time = 0.02;  // seconds per repetition for the kernels (short calls are repeated)
  std::size_t images = 60000;
  int epochs = 3;  // timed epochs per training configuration, after one warm-up epoch
};

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

// text followed by spaces up to `width` characters (UTF-8 characters like ᵀ take several bytes,
// which printf's field widths would count).
std::string padded(const std::string& text, std::size_t width) {
  std::size_t characters = 0;
  for (unsigned char c : text)
    characters += (c & 0xC0) != 0x80;  // continuation bytes look like 10xxxxxx
  return text + std::string(width > characters ? width - characters : 0, ' ');
}

// Median over the repetitions of the time of one call of f, in seconds. Each repetition calls f
// as often as it takes to fill settings.minimum_time, so even a call of a microsecond is timed
// accurately.
double time_call(const Settings& settings, const std::function<void()>& f) {
  f();  // warm-up: caches, buffers, thread start
  std::vector<double> per_call;
  for (int r = 0; r < settings.repetitions; ++r) {
    const auto start = std::chrono::steady_clock::now();
    int calls = 0;
    do {
      f();
      ++calls;
    } while (seconds_since(start) < settings.minimum_time);
    per_call.push_back(seconds_since(start) / calls);
  }
  return median(per_call);
}

std::string first_line_starting(const char* path, const std::string& key) {
  std::ifstream file(path);
  std::string line;
  while (std::getline(file, line)) {
    if (line.compare(0, key.size(), key) == 0) {
      const std::size_t colon = line.find(':');
      return colon == std::string::npos ? line : line.substr(colon + 2);
    }
  }
  return "unknown";
}

std::string load_average() {
  std::ifstream file("/proc/loadavg");
  std::string one, five;
  return file >> one >> five ? one + " (1 min), " + five + " (5 min)" : "unknown";
}

void print_settings() {
  std::printf("compiler:  %s\n", MLP_COMPILER);
  std::printf("flags:     %s\n", MLP_FLAGS);
  std::printf("scalar:    %s\n", sizeof(mlp::Scalar) == 4 ? "float" : "double");
  std::printf("kernels:   %s tier\n", mlp::kernel_tier());
  std::printf("processor: %s, %u hardware threads\n",
              first_line_starting("/proc/cpuinfo", "model name").c_str(),
              std::thread::hardware_concurrency());
  std::printf("load:      %s\n\n", load_average().c_str());
}

mlp::Matrix random_matrix(std::size_t rows, std::size_t cols, mlp::Rng& rng) {
  mlp::Matrix m(rows, cols);
  for (std::size_t i = 0; i < m.size(); ++i)
    m.data()[i] = static_cast<mlp::Scalar>(rng.uniform(-1, 1));
  return m;
}

using Product = void (*)(const mlp::Matrix&, const mlp::Matrix&, mlp::Matrix&);

struct ProductCase {
  const char* name;
  Product naive;    // the reference tier's triple loop
  Product ordered;  // the reference tier's loop-ordered product, what its layers use
  Product fast;     // the fast tier's product (this program is linked with the fast tier)
  const mlp::Matrix* left;
  const mlp::Matrix* right;
};

double gflops(const Settings& settings, Product product, const mlp::Matrix& a, const mlp::Matrix& b,
              double flop) {
  mlp::Matrix out;
  return flop / time_call(settings, [&] { product(a, b, out); }) / 1e9;
}

// The guard of the fast tier: at 784→128 and batch 256, each of its products on one thread must
// be at least kGuardRatio times the reference tier's loop-ordered product, measured here in the
// same process. A fast kernel that silently falls back to slow code fails it on any machine.
constexpr double kGuardRatio = 2.0;

// What the two tables found: whether the guard holds, and how many figures of work that is shared
// between threads (the products of the big layer at batch 32 and 256, the epochs) came out more
// than kSlower times slower on two threads, or the default count, than on one. On idle cores that
// does not happen (lessons/speed.md, threads): it is a sign that another program was using them.
// (The small products stay on one thread, and their two columns differ only by noise.)
constexpr double kSlower = 1.1;
struct Findings {
  bool guard_holds = true;
  int slower_on_more_threads = 0;
};

// Prints the table of products.
void product_table(const Settings& settings, Findings& findings) {
  std::printf("Matrix products, GFLOP/s (median of %d)\n", settings.repetitions);
  std::printf("layer     batch  product          reference tier        fast tier       fast1\n");
  std::printf("                                 naive    loops   1 thread  2 threads   / loops\n");
  mlp::Rng rng(1);
  const std::size_t layers[][2] = {{784, 128}, {128, 10}};
  for (const auto& layer : layers) {
    const std::size_t inputs = layer[0], outputs = layer[1];
    const mlp::Matrix weights = random_matrix(outputs, inputs, rng);
    for (std::size_t batch : {1, 32, 256}) {
      const mlp::Matrix x = random_matrix(batch, inputs, rng);
      const mlp::Matrix delta = random_matrix(batch, outputs, rng);
      const ProductCase cases[] = {{"forward X·Wᵀ", mlp::reference::matmul_a_bt_naive,
                                    mlp::reference::matmul_a_bt, mlp::matmul_a_bt, &x, &weights},
                                   {"∂L/∂W = δᵀ·X", mlp::reference::matmul_at_b_naive,
                                    mlp::reference::matmul_at_b, mlp::matmul_at_b, &delta, &x},
                                   {"∂L/∂X = δ·W", mlp::reference::matmul_naive,
                                    mlp::reference::matmul, mlp::matmul, &delta, &weights}};
      const double flop = 2.0 * double(batch) * double(inputs) * double(outputs);
      for (const ProductCase& c : cases) {
        const double naive = gflops(settings, c.naive, *c.left, *c.right, flop);
        const double ordered = gflops(settings, c.ordered, *c.left, *c.right, flop);
        mlp::set_thread_count(1);
        const double one = gflops(settings, c.fast, *c.left, *c.right, flop);
        mlp::set_thread_count(2);
        const double two = gflops(settings, c.fast, *c.left, *c.right, flop);
        const std::string layer_name = std::to_string(inputs) + "→" + std::to_string(outputs);
        const bool guarded = inputs == 784 && batch == 256;
        const bool fails = guarded && one < kGuardRatio * ordered;
        findings.guard_holds = findings.guard_holds && !fails;
        findings.slower_on_more_threads += inputs == 784 && batch > 1 && two * kSlower < one;
        std::printf("%s %5zu  %s %6.1f %8.1f %10.1f %10.1f %8.1fx%s\n",
                    padded(layer_name, 8).c_str(), batch, padded(c.name, 14).c_str(), naive,
                    ordered, one, two, one / ordered, fails ? "  < guard" : "");
      }
    }
  }
  std::printf("\n");
}

// Seconds of one epoch: the median of settings.epochs epochs after a warm-up epoch.
double epoch_seconds(const Settings& settings, const mlp::Dataset& data, std::size_t batch) {
  mlp::Rng rng(1);
  mlp::Network network = mlp::build_perceptron({784, 128, 10}, "tanh", rng);
  mlp::SoftmaxCrossEntropy loss;
  mlp::Trainer trainer(network, loss, {0.1, 0.0}, batch, 1);
  trainer.train_epoch(data);
  std::vector<double> times;
  for (int e = 0; e < settings.epochs; ++e) {
    const auto start = std::chrono::steady_clock::now();
    trainer.train_epoch(data);
    times.push_back(seconds_since(start));
  }
  return median(times);
}

// The MNIST training images from data/, or random bytes of the same shape when they are missing
// (the speed does not depend on the pixel values).
mlp::MnistSet training_images(std::string& source) {
  try {
    mlp::MnistSet set = mlp::load_mnist("data", "train");
    source = "MNIST training";
    return set;
  } catch (const std::exception& error) {
    std::printf("(no MNIST: %s; using random images)\n", error.what());
  }
  mlp::MnistSet set;
  set.count = 60000;
  set.pixels.resize(set.count * mlp::kMnistPixels);
  set.labels.resize(set.count);
  mlp::Rng rng(7);
  for (auto& pixel : set.pixels)
    pixel = static_cast<std::uint8_t>(rng.below(256));
  for (auto& label : set.labels)
    label = static_cast<std::uint8_t>(rng.below(10));
  source = "random";
  return set;
}

void training_table(const Settings& settings, Findings& findings) {
  std::string source;
  const mlp::MnistSet set = training_images(source);
  const mlp::MnistDataset images(set, 0, std::min(settings.images, set.count));
  std::printf("Training 784-128-10 tanh, softmax cross-entropy, SGD 0.1, %zu %s images\n",
              images.size(), source.c_str());
  std::printf("(median of %d epochs after a warm-up epoch)\n", settings.epochs);
  std::printf("batch  threads  s/epoch  images/s  GFLOP/s  speed-up\n");
  // Multiply-adds per image: the forward products (784·128 + 128·10), the weight gradients (the
  // same again) and ∂L/∂X of the second layer only (128·10): the first one is skipped.
  const double flop_per_image = 2.0 * (2 * 784 * 128 + 3 * 128 * 10);
  // Threads 1, 2, and the default (0: one per core), whose speed-up over one thread must be ≥ 1.
  for (std::size_t batch : {32, 256}) {
    double one_thread = 0;
    for (std::size_t threads : {1, 2, 0}) {
      mlp::set_thread_count(threads);
      const double seconds = epoch_seconds(settings, images, batch);
      if (threads == 1) one_thread = seconds;
      findings.slower_on_more_threads += seconds > kSlower * one_thread;
      const double per_second = double(images.size()) / seconds;
      const std::string label =
          threads == 0 ? "default " + std::to_string(mlp::thread_count()) : std::to_string(threads);
      std::printf("%5zu %10s %6.3f %9.0f %8.1f %8.2fx\n", batch, label.c_str(), seconds, per_second,
                  per_second * flop_per_image / 1e9, one_thread / seconds);
    }
  }
  std::printf("\n");
}

void print_peak_memory() {
  const std::optional<std::size_t> bytes = mlp::peak_memory_bytes();
  if (bytes)
    std::printf("peak memory: %.1f MB\n", double(*bytes) / (1024.0 * 1024.0));
  else
    std::printf("peak memory: not available on this system\n");
}

const char* kHelp =
    "usage: benchmark [--quick] [--help]\n"
    "  Measures the matrix products (naive and blocked) and whole training epochs of\n"
    "  784-128-10 on 60,000 images: MNIST from data/ when present, random bytes otherwise.\n"
    "  Run it from the repository root.\n"
    "  --quick  a few seconds on small sizes, to check that everything runs\n"
    "  --help   this text\n";

}  // namespace

int main(int argc, char** argv) {
  Settings settings;
  for (int i = 1; i < argc; ++i) {
    const std::string option = argv[i];
    if (option == "--help") {
      std::printf("%s", kHelp);
      return 0;
    }
    if (option != "--quick") {
      std::fprintf(stderr, "benchmark: unknown option '%s' (see benchmark --help)\n", argv[i]);
      return 2;
    }
    settings = {true, 3, 0.002, 2000, 1};
  }
  try {
    print_settings();
    Findings findings;
    product_table(settings, findings);
    training_table(settings, findings);
    print_peak_memory();
    if (findings.slower_on_more_threads > 0) {
      std::printf(
          "note: %d figures were clearly slower on two threads than on one: another program was "
          "probably using the cores (the load above), so the thread figures of this run "
          "say little\n",
          findings.slower_on_more_threads);
    }
    if (!findings.guard_holds) {
      std::fprintf(stderr,
                   "benchmark: %s: the fast tier's products at 784→128, batch 256, are not %.0fx "
                   "the reference tier's loop-ordered products\n",
                   kSpeedGuard ? "speed guard failed" : "note (no speed guard in this build)",
                   kGuardRatio);
      if (kSpeedGuard) return 1;
    }
  } catch (const std::exception& error) {
    std::fprintf(stderr, "benchmark: %s\n", error.what());
    return 1;
  }
  return 0;
}
