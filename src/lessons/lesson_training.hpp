// lesson_training.hpp — the one training routine every lesson experiment goes through.
//
// An experiment in the lessons is always the same story: build a perceptron of some sizes, train
// it with SGD for a number of epochs at one learning rate, and record the training and validation
// loss and accuracy after every epoch. This file says that once, so each experiment only states its
// recipe.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "framework/initialization.hpp"
#include "framework/losses.hpp"
#include "framework/network.hpp"
#include "framework/training.hpp"

namespace mlp {

// What to build and how to train it. Each experiment fills in the fields by name, e.g.
//   Recipe recipe;
//   recipe.sizes = {2, 10, 2};
//   recipe.epochs = 30;
//   recipe.learning_rate = 0.01;
struct Recipe {
  std::vector<std::size_t> sizes;   // Linear layer sizes, e.g. {2, 10, 2} = 2 → 10 → 2
  std::string activation = "tanh";  // between the Linear layers: a name of activations.hpp
  std::size_t batch_size = 4;       // examples per SGD step
  std::size_t epochs = 1;           // passes over the training data
  double learning_rate = 0.1;       // η
  // How the weights start. Unset: the activation's own scheme from the registry (Xavier for tanh,
  // He for ReLU). Initialization::Lesson is the lesson's start, normal with standard deviation
  // 1/√fan_in.
  std::optional<Initialization> initialization = std::nullopt;
};

// Called with epoch 0 before any training and then after every epoch, e.g. to take a picture of
// the decision regions as they move.
using EpochObserver = std::function<void(std::size_t epoch, Network& network)>;

struct TrainedNetwork {
  Network network;
  std::vector<EpochRecord> history;  // one record per epoch, on training and validation data
};

// The untrained network of a recipe: build_perceptron(recipe.sizes, recipe.activation, rng), with
// the weights then drawn again the recipe's way if recipe.initialization is set.
Network build_network(const Recipe& recipe, Rng& rng);

// Builds the recipe's network (weights drawn from `seed`) and trains it on
// `training` with `loss`, evaluating on `validation` after every epoch.
TrainedNetwork train_network(const Recipe& recipe, const Loss& loss, const Dataset& training,
                             const Dataset& validation, std::uint64_t seed,
                             const EpochObserver& observe = {});

// A table of loss and accuracy per epoch: the first and the last epoch, and every `every`-th in
// between. Regression histories (accuracy NaN) leave the accuracy columns out.
std::string history_table(const std::vector<EpochRecord>& history, std::size_t every = 1);

// The network's single output for each x: the fitted curve of a regression network (1 → … → 1).
std::vector<double> predict_curve(Network& network, const std::vector<double>& xs);

// `count` evenly spaced values from low to high, both included.
std::vector<double> evenly_spaced(double low, double high, std::size_t count);

}  // namespace mlp
