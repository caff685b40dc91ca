// Passwords (argon2id) and tokens with libsodium.
#pragma once

#include "leerplek/app/ports.hpp"

namespace leerplek::crypto {

struct SodiumOptions {
  // Interactive limits by default; tests may use the minimum to stay quick.
  bool fast_for_tests = false;
};

class SodiumCrypto final : public app::Crypto {
 public:
  explicit SodiumCrypto(SodiumOptions options = {});
  [[nodiscard]] std::string HashPassword(const std::string& password) const override;
  [[nodiscard]] bool VerifyPassword(const std::string& hash, const std::string& password) const override;
  [[nodiscard]] std::string RandomToken() const override;
  [[nodiscard]] std::string DigestToken(const std::string& token) const override;

 private:
  unsigned long long ops_limit_;
  std::size_t mem_limit_;
};

}  // namespace leerplek::crypto
