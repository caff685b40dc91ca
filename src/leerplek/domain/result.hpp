// Expected failures as values: a small error vocabulary and Result<T>.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace leerplek {

// Chosen by "what should the caller do next" (after absl::StatusCode).
enum class ErrorCode {
  kInvalidArgument,     // fix the input (422)
  kNotFound,            // nothing there (404)
  kAlreadyExists,       // pick another key (409)
  kFailedPrecondition,  // state does not allow it yet (409)
  kPermissionDenied,    // not yours (403)
  kUnauthenticated,     // log in first (401)
  kConflict,            // someone changed it meanwhile, reload (409)
  kRateLimited,         // wait and try again (429)
  kUnavailable,         // retry later (503)
  kInternal,            // a bug or a broken dependency (500)
};

struct FieldError {
  std::string field;
  std::string message;  // Dutch, for the user
  bool operator==(const FieldError&) const = default;
};

// `message` is for the user (Dutch, names the field); `detail` is for the log only.
struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  std::vector<FieldError> fields;
  std::string detail;
};

inline Error MakeError(ErrorCode code, std::string message) { return Error{code, std::move(message), {}, {}}; }

inline Error InvalidField(std::string field, std::string message) {
  Error e{ErrorCode::kInvalidArgument, message, {}, {}};
  e.fields.push_back({std::move(field), std::move(message)});
  return e;
}

// Collects field errors so a form reports every problem at once.
class FieldErrors {
 public:
  void Add(std::string field, std::string message) { fields_.push_back({std::move(field), std::move(message)}); }
  [[nodiscard]] bool Empty() const { return fields_.empty(); }
  [[nodiscard]] Error ToError() const {
    Error e{ErrorCode::kInvalidArgument,
            fields_.size() == 1 ? fields_.front().message : "Controleer de gemarkeerde velden.",
            fields_,
            {}};
    return e;
  }

 private:
  std::vector<FieldError> fields_;
};

// The vocabulary of std::expected, so this becomes an alias in C++23.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : v_(std::move(error)) {}  // NOLINT(google-explicit-constructor)
  [[nodiscard]] bool has_value() const { return v_.index() == 0; }
  explicit operator bool() const { return has_value(); }
  T& value() & {
    assert(has_value());
    return std::get<0>(v_);
  }
  const T& value() const& {
    assert(has_value());
    return std::get<0>(v_);
  }
  T&& value() && {
    assert(has_value());
    return std::get<0>(std::move(v_));
  }
  const Error& error() const {
    assert(!has_value());
    return std::get<1>(v_);
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }

 private:
  std::variant<T, Error> v_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT(google-explicit-constructor)
  [[nodiscard]] bool has_value() const { return ok_; }
  explicit operator bool() const { return ok_; }
  void value() const { assert(ok_); }
  const Error& error() const {
    assert(!ok_);
    return error_;
  }

 private:
  Error error_;
  bool ok_ = true;
};

using Status = Result<void>;

}  // namespace leerplek
