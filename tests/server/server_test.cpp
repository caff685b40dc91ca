// The real server over real TCP: limits, timeouts, connection cap, headers and graceful shutdown.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <csignal>
#include <future>
#include <thread>

#include "leerplek/crypto/sodium_crypto.hpp"
#include "leerplek/http/server.hpp"
#include "support/test_support.hpp"

namespace leerplek::testing {
namespace {

// A blocking loopback client that sends raw bytes and reads until the server closes or answers.
class RawClient {
 public:
  explicit RawClient(unsigned short port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    timeval tv{10, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  }
  ~RawClient() { ::close(fd_); }
  RawClient(const RawClient&) = delete;
  RawClient& operator=(const RawClient&) = delete;
  [[nodiscard]] bool Connected() const { return connected_; }
  void Send(const std::string& bytes) const {
    std::size_t sent = 0;
    while (sent < bytes.size()) {
      const ssize_t n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) return;
      sent += static_cast<std::size_t>(n);
    }
  }
  // Reads until the peer closes the connection (or the timeout).
  [[nodiscard]] std::string ReadAll() const {
    std::string out;
    char buf[4096];
    for (;;) {
      const ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
      if (n <= 0) break;
      out.append(buf, static_cast<std::size_t>(n));
    }
    return out;
  }

 private:
  int fd_;
  bool connected_ = false;
};

class RealServer : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = FreshDatabase(Engine::kSqlite, "server_test");
    ctx_ = std::make_unique<app::AppContext>(app::AppContext{*db_, clock_, crypto_, {}});
    api_ = std::make_unique<http::Api>(*ctx_, http::ApiOptions{});
    options_.port = 0;
    options_.max_body_bytes = 1024;
    options_.max_header_bytes = 2048;
    options_.idle_timeout = std::chrono::seconds(1);
    options_.max_connections = 3;
  }
  void Start() {
    std::promise<unsigned short> bound;
    thread_ = std::thread(
        [this, &bound] { http::RunServer(*api_, options_, [&](unsigned short port) { bound.set_value(port); }); });
    port_ = bound.get_future().get();
  }
  void TearDown() override {
    if (thread_.joinable()) {
      std::raise(SIGTERM);
      thread_.join();
    }
  }
  std::unique_ptr<storage::Database> db_;
  FixedClock clock_{StartOfTerm()};
  crypto::SodiumCrypto crypto_{crypto::SodiumOptions{true}};
  std::unique_ptr<app::AppContext> ctx_;
  std::unique_ptr<http::Api> api_;
  http::ServerOptions options_;
  std::thread thread_;
  unsigned short port_ = 0;
};

TEST_F(RealServer, AnswersHealthWithSecurityHeaders) {
  Start();
  RawClient c(port_);
  ASSERT_TRUE(c.Connected());
  c.Send("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  const std::string reply = c.ReadAll();
  EXPECT_EQ(reply.rfind("HTTP/1.1 200", 0), 0U) << reply;
  EXPECT_NE(reply.find("Content-Security-Policy: default-src 'self'"), std::string::npos);
  EXPECT_NE(reply.find(R"({"status":"ok"})"), std::string::npos);
}

TEST_F(RealServer, RefusesATooLargeBodyWith413) {
  Start();
  RawClient c(port_);
  const std::string body(4096, 'x');
  c.Send("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " +
         std::to_string(body.size()) + "\r\n\r\n" + body);
  const std::string reply = c.ReadAll();
  EXPECT_EQ(reply.rfind("HTTP/1.1 413", 0), 0U) << reply.substr(0, 200);
  EXPECT_NE(reply.find("Het verzoek is te groot."), std::string::npos);
}

TEST_F(RealServer, UploadRoutesTakeALargerBodyUpToTheirOwnLimit) {
  options_.max_upload_bytes = 4 * 1024;
  Start();
  const auto put = [&](std::size_t size) {
    RawClient c(port_);
    const std::string body = "%PDF-1.4\n" + std::string(size - 9, ' ');
    c.Send(
        "PUT /api/v1/placements/1/agreement HTTP/1.1\r\nHost: x\r\nContent-Type: application/pdf\r\n"
        "Connection: close\r\nContent-Length: " +
        std::to_string(body.size()) + "\r\n\r\n" + body);
    return c.ReadAll();
  };
  // Above the 1 KiB of other routes, the request is read and answered by the API (not logged in: 401).
  std::string reply = put(3 * 1024);
  EXPECT_EQ(reply.rfind("HTTP/1.1 401", 0), 0U) << reply.substr(0, 200);
  reply = put(6 * 1024);
  EXPECT_EQ(reply.rfind("HTTP/1.1 413", 0), 0U) << reply.substr(0, 200);
}

TEST_F(RealServer, RefusesTooLargeHeadersWith431) {
  Start();
  RawClient c(port_);
  c.Send("GET /health HTTP/1.1\r\nHost: x\r\nX-Groot: " + std::string(4096, 'a') + "\r\n\r\n");
  EXPECT_EQ(c.ReadAll().rfind("HTTP/1.1 431", 0), 0U);
}

TEST_F(RealServer, GarbageIsA400AndTheServerLivesOn) {
  Start();
  {
    RawClient c(port_);
    c.Send("\x16\x03\x01 dit is geen HTTP\r\n\r\n");
    EXPECT_EQ(c.ReadAll().rfind("HTTP/1.1 400", 0), 0U);
  }
  RawClient again(port_);
  again.Send("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(again.ReadAll().rfind("HTTP/1.1 200", 0), 0U);
}

TEST_F(RealServer, ClosesIdleConnections) {
  Start();
  RawClient c(port_);
  ASSERT_TRUE(c.Connected());
  // Sends nothing: the server hangs up after the idle timeout instead of holding the socket.
  EXPECT_EQ(c.ReadAll(), "");
}

TEST_F(RealServer, KeepsAliveForSeveralRequests) {
  Start();
  RawClient c(port_);
  c.Send("GET /health HTTP/1.1\r\nHost: x\r\n\r\nGET /ready HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  const std::string reply = c.ReadAll();
  EXPECT_NE(reply.find(R"({"status":"ok"})"), std::string::npos);
  EXPECT_NE(reply.find(R"({"status":"ready"})"), std::string::npos);
}

TEST_F(RealServer, RefusesConnectionsAboveTheLimit) {
  options_.idle_timeout = std::chrono::seconds(5);
  Start();
  std::vector<std::unique_ptr<RawClient>> held;
  for (int i = 0; i < 3; ++i) {
    held.push_back(std::make_unique<RawClient>(port_));
    held.back()->Send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");  // keep-alive: stays open
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // let the server count them
  RawClient extra(port_);
  extra.Send("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(extra.ReadAll(), "") << "the fourth connection is closed without an answer";
}

TEST_F(RealServer, StopsOnSigtermAfterFinishingWhatIsInFlight) {
  Start();
  RawClient c(port_);
  c.Send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
  std::raise(SIGTERM);
  thread_.join();
  EXPECT_NE(c.ReadAll().find("200 OK"), std::string::npos);
  RawClient late(port_);
  EXPECT_FALSE(late.Connected()) << "no new connections after SIGTERM";
}

}  // namespace
}  // namespace leerplek::testing
