#include "leerplek/storage/sql/database.hpp"

#include <spdlog/spdlog.h>

#include "leerplek/storage/sql/sql_repositories.hpp"

namespace leerplek::storage {

Error ToAppError(const DbError& error) {
  Error out;
  out.detail = error.what();
  switch (error.kind()) {
    case DbError::Kind::kUnavailable:
      out.code = ErrorCode::kUnavailable;
      out.message = "De databank is tijdelijk niet bereikbaar. Probeer het zo meteen opnieuw.";
      break;
    case DbError::Kind::kBusy:
      out.code = ErrorCode::kUnavailable;
      out.message = "Het is even erg druk. Probeer het zo meteen opnieuw.";
      break;
    case DbError::Kind::kConstraint:
      out.code = ErrorCode::kConflict;
      out.message = "Dit botst met gegevens die intussen gewijzigd zijn. Laad de pagina opnieuw.";
      break;
    case DbError::Kind::kInternal:
      out.code = ErrorCode::kInternal;
      out.message = "Er liep iets mis aan onze kant. Probeer het later opnieuw.";
      break;
  }
  return out;
}

namespace {

// Runs work and turns an escaping driver error into a value, logging its detail.
Status Guard(const std::function<Status()>& work) {
  try {
    return work();
  } catch (const DbError& e) {
    spdlog::error("database: {}", e.what());
    return ToAppError(e);
  } catch (const std::exception& e) {
    spdlog::error("storage: {}", e.what());
    return ToAppError(DbError(DbError::Kind::kInternal, e.what()));
  }
}

}  // namespace

Database::Database(const ConnectionOpener& open, int readers) : writer_(open()) {
  for (int i = 0; i < readers; ++i) idle_readers_.push_back(open());
}

Database::~Database() = default;

std::unique_ptr<Connection> Database::AcquireReader() {
  std::unique_lock lock(readers_mutex_);
  reader_available_.wait(lock, [this] { return !idle_readers_.empty(); });
  auto connection = std::move(idle_readers_.back());
  idle_readers_.pop_back();
  return connection;
}

void Database::ReleaseReader(std::unique_ptr<Connection> connection) {
  {
    std::lock_guard lock(readers_mutex_);
    idle_readers_.push_back(std::move(connection));
  }
  reader_available_.notify_one();
}

Status Database::Read(const std::function<Status(app::Repositories&)>& work) {
  auto connection = AcquireReader();
  Status result = Guard([&] {
    SqlRepositories repos(*connection);
    return work(repos);
  });
  ReleaseReader(std::move(connection));
  return result;
}

Status Database::Write(const std::function<Status(app::Repositories&)>& work) {
  std::lock_guard lock(writer_mutex_);
  return Guard([&]() -> Status {
    writer_->Begin();
    try {
      SqlRepositories repos(*writer_);
      Status result = work(repos);
      if (result.has_value()) {
        writer_->Commit();
      } else {
        writer_->Rollback();
      }
      return result;
    } catch (...) {
      try {
        writer_->Rollback();
      } catch (const DbError& e) {
        spdlog::error("database rollback: {}", e.what());
      }
      throw;
    }
  });
}

bool Database::Ping() {
  auto connection = AcquireReader();
  const bool ok = connection->Ping();
  ReleaseReader(std::move(connection));
  return ok;
}

void Database::WithWriter(const std::function<void(Connection&)>& work) {
  std::lock_guard lock(writer_mutex_);
  work(*writer_);
}

}  // namespace leerplek::storage
