// One database connection, the same for every engine: SQL is written once with
// $1..$n placeholders; each engine adapter translates what it must.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace leerplek::storage {

enum class Dialect { kSqlite, kPostgres };

using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string>;

// A result row. PostgreSQL hands back text; Int() parses it, so callers need not care.
class Row {
 public:
  explicit Row(std::vector<Value> columns) : columns_(std::move(columns)) {}
  [[nodiscard]] bool IsNull(std::size_t i) const;
  [[nodiscard]] std::int64_t Int(std::size_t i) const;
  [[nodiscard]] double Real(std::size_t i) const;
  [[nodiscard]] std::string Text(std::size_t i) const;
  [[nodiscard]] std::optional<std::int64_t> OptInt(std::size_t i) const;
  [[nodiscard]] std::optional<std::string> OptText(std::size_t i) const;
  [[nodiscard]] std::size_t Size() const { return columns_.size(); }

 private:
  const Value& At(std::size_t i) const;
  std::vector<Value> columns_;
};

using Rows = std::vector<Row>;

// What went wrong, in terms the app can act on; the text is for the log only.
class DbError : public std::runtime_error {
 public:
  enum class Kind { kUnavailable, kBusy, kConstraint, kInternal };
  DbError(Kind kind, const std::string& detail) : std::runtime_error(detail), kind_(kind) {}
  [[nodiscard]] Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

class Connection {
 public:
  virtual ~Connection() = default;
  [[nodiscard]] virtual Dialect dialect() const = 0;
  // Runs one statement with $1..$n parameters and returns its rows. Throws DbError.
  virtual Rows Query(std::string_view sql, const std::vector<Value>& params) = 0;
  // Runs a script of several statements without parameters (migrations). Throws DbError.
  virtual void ExecuteScript(std::string_view script) = 0;
  virtual void Begin() = 0;
  virtual void Commit() = 0;
  virtual void Rollback() = 0;
  // True inside a transaction that can still commit (false after the engine ended it on its own).
  virtual bool InTransaction() = 0;
  // True when the server can be reached (used by /ready).
  virtual bool Ping() = 0;
};

using ConnectionFactory = std::unique_ptr<Connection> (*)(const std::string& target);

}  // namespace leerplek::storage
