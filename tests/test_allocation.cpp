// test_allocation.cpp — after its first minibatch, training allocates no memory at all.
//
// Every buffer of the training loop (minibatch, layer outputs, gradients, product panels) is
// sized on the first minibatch and reused, so a whole epoch after that must not call operator
// new even once. counting_new.hpp replaces the global operator new to count the calls.
#include <cstdint>

#include "check.hpp"
#include "counting_new.hpp"
#include "framework/kernels.hpp"
#include "framework/training.hpp"

namespace {

mlp::MatrixDataset random_data(std::size_t count, mlp::Rng& rng) {
  mlp::Matrix inputs(count, 784), targets(count, 10, 0);
  for (std::size_t r = 0; r < count; ++r) {
    for (std::size_t c = 0; c < 784; ++c)
      inputs(r, c) = static_cast<mlp::Scalar>(rng.uniform());
    targets(r, rng.below(10)) = 1;
  }
  return mlp::MatrixDataset(std::move(inputs), std::move(targets));
}

// Trains 784-128-<activation>-10 for two epochs of 600 examples (the last minibatch of each
// epoch is smaller) and counts the allocations from the end of the first minibatch on.
long allocations_after_first_minibatch(const std::string& activation, double momentum,
                                       std::size_t threads) {
  mlp::set_thread_count(threads);
  mlp::Rng rng(3);
  const mlp::MatrixDataset data = random_data(600, rng);
  mlp::Network network = mlp::build_perceptron({784, 128, 10}, activation, rng);
  mlp::SoftmaxCrossEntropy loss;
  mlp::Trainer trainer(network, loss, {0.1, momentum}, 32, 1);
  long after_first = -1;
  const mlp::BatchCallback note_first = [&](std::size_t done, std::size_t) {
    if (after_first < 0 && done == 1) after_first = allocation_log::count;
    return true;
  };
  trainer.train_epoch(data, note_first);
  trainer.train_epoch(data, note_first);
  return allocation_log::count - after_first;
}

void test_training_allocates_nothing() {
  for (std::size_t threads : {1, 2}) {
    for (const char* activation : {"tanh", "sigmoid", "relu"}) {
      const long count = allocations_after_first_minibatch(activation, 0.0, threads);
      if (count != 0) std::printf("%s, %zu threads: %ld allocations\n", activation, threads, count);
      CHECK_EQ(count, 0L);
    }
    CHECK_EQ(allocations_after_first_minibatch("tanh", 0.9, threads), 0L);
  }
}

// Evaluation reuses the same buffers: after one call, further calls allocate nothing.
void test_evaluation_allocates_nothing() {
  mlp::Rng rng(4);
  const mlp::MatrixDataset data = random_data(300, rng);
  mlp::Network network = mlp::build_perceptron({784, 128, 10}, "tanh", rng);
  mlp::SoftmaxCrossEntropy loss;
  mlp::Trainer trainer(network, loss, {0.1, 0.0}, 64, 1);
  trainer.evaluate(data);
  const long before = allocation_log::count;
  trainer.evaluate(data);
  CHECK_EQ(allocation_log::count - before, 0L);
}

// The counting sees a Matrix's storage, which goes through the aligned form of operator new, and
// that storage starts at a cache line.
void test_matrix_storage_is_counted_and_aligned() {
  const long before_construction = allocation_log::count;
  mlp::Matrix m(3, 5);
  const long construction = allocation_log::count - before_construction;
  const bool aligned_small = reinterpret_cast<std::uintptr_t>(m.data()) % 64 == 0;
  const long before_reshape = allocation_log::count;
  m.reshape(30, 50);
  const long reshape = allocation_log::count - before_reshape;
  const bool aligned_large = reinterpret_cast<std::uintptr_t>(m.data()) % 64 == 0;
  CHECK_EQ(construction, 1L);
  CHECK_EQ(reshape, 1L);
  CHECK(aligned_small);
  CHECK(aligned_large);
}

}  // namespace

int main() {
  test_matrix_storage_is_counted_and_aligned();
  test_training_allocates_nothing();
  test_evaluation_allocates_nothing();
  mlp::set_thread_count(0);
  return check::summary();
}
