// weight_statistics.cpp — max, RMS and gradient norms per layer, and parameter copies.
#include "lab/weight_statistics.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "lab/model_file.hpp"

namespace mlp {
namespace {

// Σ x² over the matrix, in double. One running total would make every addition wait for the one
// before it (several processor cycles each); eight totals over interleaved elements keep eight
// additions in flight and are summed at the end, which makes this about eight times faster. It
// runs after some minibatches of every epoch, so its speed shows in the epoch's time.
double sum_of_squares(const Matrix& m) {
  constexpr std::size_t kLanes = 8;
  double lanes[kLanes] = {};
  const Scalar* x = m.data();
  std::size_t i = 0;
  for (; i + kLanes <= m.size(); i += kLanes) {
    for (std::size_t k = 0; k < kLanes; ++k)
      lanes[k] += double(x[i + k]) * double(x[i + k]);
  }
  double total = 0;
  for (; i < m.size(); ++i)
    total += double(x[i]) * double(x[i]);
  for (double lane : lanes)
    total += lane;
  return total;
}

}  // namespace

std::vector<double> max_abs_weights(Network& network) {
  std::vector<double> result;
  for (const Linear* linear : linear_layers(network))
    result.push_back(max_abs(linear->weights));
  return result;
}

std::vector<double> rms_weights(Network& network) {
  std::vector<double> result;
  for (const Linear* linear : linear_layers(network))
    result.push_back(std::sqrt(sum_of_squares(linear->weights) / double(linear->weights.size())));
  return result;
}

bool all_weights_finite(Network& network) {
  for (const Parameter& p : network.parameters()) {
    for (std::size_t i = 0; i < p.value->size(); ++i) {
      if (!std::isfinite(p.value->data()[i])) return false;
    }
  }
  return true;
}

void GradientNorms::add(Network& network) {
  const std::vector<Linear*> linears = linear_layers(network);
  sums_.resize(linears.size(), 0.0);
  for (std::size_t l = 0; l < linears.size(); ++l)
    sums_[l] += std::sqrt(sum_of_squares(linears[l]->grad_weights));
  ++batches_;
}

std::vector<double> GradientNorms::mean() const {
  std::vector<double> means = sums_;
  for (double& value : means)
    value /= double(batches_ == 0 ? 1 : batches_);
  return means;
}

void GradientNorms::clear() {
  sums_.clear();
  batches_ = 0;
}

std::vector<double> initial_gradient_norms(Network& network, const Loss& loss, const Dataset& data,
                                           std::size_t batch_size, std::size_t batches) {
  std::vector<std::size_t> order(std::min(data.size(), batch_size * batches));
  std::iota(order.begin(), order.end(), std::size_t{0});
  GradientNorms norms;
  Matrix inputs, targets, gradient;
  for (std::size_t start = 0; start < order.size(); start += batch_size) {
    const std::size_t count = std::min(batch_size, order.size() - start);
    data.gather(order.data() + start, count, inputs, targets);
    loss.gradient(network.forward(inputs), targets, gradient);  // ∂L/∂F
    network.backward_parameters_only(gradient);                 // ∂L/∂W, no step taken
    norms.add(network);
  }
  return norms.mean();
}

std::vector<Matrix> copy_parameters(Network& network) {
  std::vector<Matrix> copy;
  for (const Parameter& p : network.parameters())
    copy.push_back(*p.value);
  return copy;
}

void restore_parameters(Network& network, const std::vector<Matrix>& copy) {
  const std::vector<Parameter> parameters = network.parameters();
  for (std::size_t i = 0; i < parameters.size() && i < copy.size(); ++i)
    *parameters[i].value = copy[i];
}

}  // namespace mlp
