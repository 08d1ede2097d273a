// lesson_training.hpp — the one training routine every lesson experiment goes through.
//
// An experiment in the lessons is always the same story: build a perceptron of some sizes, train
// it with SGD for a number of epochs (sometimes in phases with different learning rates), and
// record the training and validation loss and accuracy after every epoch. This file says that
// once, so each experiment only states its recipe.
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

// A stretch of training at one learning rate.
struct TrainingPhase {
  std::size_t epochs;
  double learning_rate;
};

// What to build and how to train it.
struct Recipe {
  std::vector<std::size_t> sizes;  // Linear layer sizes, e.g. {2, 10, 2} = 2 → 10 → 2
  std::string activation = "tanh";
  std::size_t batch_size = 4;
  std::vector<TrainingPhase> phases;
  // How the weights start. Unset: build_perceptron's choice (Xavier for tanh, He for ReLU).
  // Initialization::SmallRandom is the lesson's start, every weight in [−0.01, 0.01].
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
