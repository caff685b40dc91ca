#include "leerplek/http/server.hpp"

#include <spdlog/spdlog.h>
#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/beast.hpp>

#include <algorithm>
#include <atomic>
#include <thread>

#include "leerplek/http/errors.hpp"

namespace leerplek::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;

struct ServerState {
  ServerState(const Api& a, const ServerOptions& o, asio::thread_pool& w) : api(a), options(o), workers(w) {}
  const Api& api;
  const ServerOptions& options;
  asio::thread_pool& workers;
  std::atomic<int> connections{0};
  std::atomic<int> in_flight{0};
  std::atomic<bool> stopping{false};
};

Request ToRequest(const bhttp::request<bhttp::string_body>& in, const tcp::endpoint& peer,
                  const ServerOptions& options) {
  Request out;
  out.method = std::string(in.method_string());
  out.target = std::string(in.target());
  for (const auto& field : in) {
    std::string name(field.name_string());
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    out.headers[name] = std::string(field.value());
  }
  out.body = in.body();
  out.remote_address = peer.address().to_string();
  if (options.trust_proxy) {
    const std::string forwarded = out.Header("x-forwarded-for");
    if (!forwarded.empty()) out.remote_address = forwarded.substr(0, forwarded.find(','));
    out.secure = out.Header("x-forwarded-proto") == "https";
  }
  return out;
}

bhttp::response<bhttp::string_body> ToBeast(Response&& in, unsigned version, bool keep_alive) {
  bhttp::response<bhttp::string_body> out{static_cast<bhttp::status>(in.status), version};
  out.set(bhttp::field::server, "Leerplek");
  for (auto& [name, value] : in.headers) out.insert(name, value);
  out.body() = std::move(in.body);
  out.keep_alive(keep_alive);
  out.prepare_payload();
  return out;
}

Response LimitResponse(int status, const std::string& message) {
  Response r = ErrorResponse(MakeError(ErrorCode::kInvalidArgument, message));
  r.status = status;
  return r;
}

asio::awaitable<void> Session(tcp::socket socket, std::shared_ptr<ServerState> state) {
  const ServerOptions& options = state->options;
  beast::tcp_stream stream(std::move(socket));
  beast::flat_buffer buffer;
  beast::error_code ec;
  const tcp::endpoint peer = stream.socket().remote_endpoint(ec);
  for (;;) {
    bhttp::request_parser<bhttp::string_body> parser;
    // The route decides the body limit, and it is known only from the header: let the header through, then
    // apply the route's limit (Beast checks a Content-Length against the limit while parsing the header).
    parser.body_limit(std::max(options.max_body_bytes, options.max_upload_bytes));
    parser.header_limit(static_cast<std::uint32_t>(options.max_header_bytes));
    stream.expires_after(buffer.size() > 0 ? options.request_timeout : options.idle_timeout);
    auto [read_ec, n] = co_await bhttp::async_read_header(stream, buffer, parser, asio::as_tuple(asio::use_awaitable));
    // From its header on a request is in flight: a graceful stop waits for it.
    const bool started = !read_ec;
    if (started) {
      ++state->in_flight;
      const bool upload =
          state->api.AcceptsUpload(std::string(parser.get().method_string()), std::string(parser.get().target()));
      const std::size_t limit = upload ? options.max_upload_bytes : options.max_body_bytes;
      parser.body_limit(limit);  // for chunked bodies
      if (parser.content_length() && *parser.content_length() > limit) {
        read_ec = bhttp::error::body_limit;
      } else {
        auto [body_ec, body_n] =
            co_await bhttp::async_read(stream, buffer, parser, asio::as_tuple(asio::use_awaitable));
        read_ec = body_ec;
        n += body_n;
      }
    }
    if (read_ec && started) --state->in_flight;
    if (read_ec == bhttp::error::end_of_stream || read_ec == asio::error::operation_aborted ||
        read_ec == beast::error::timeout || read_ec == asio::error::connection_reset || read_ec == asio::error::eof) {
      break;
    }
    if (read_ec) {
      Response limit = read_ec == bhttp::error::body_limit ? LimitResponse(413, "Het verzoek is te groot.")
                       : read_ec == bhttp::error::header_limit
                           ? LimitResponse(431, "De kopregels van het verzoek zijn te groot.")
                           : LimitResponse(400, "Het verzoek is ongeldig.");
      auto out = ToBeast(std::move(limit), 11, false);
      stream.expires_after(options.request_timeout);
      co_await bhttp::async_write(stream, out, asio::as_tuple(asio::use_awaitable));
      break;
    }
    auto req = parser.release();
    const bool keep_alive = req.keep_alive() && !state->stopping.load();
    const unsigned version = req.version();
    Request request = ToRequest(req, peer, options);
    // The request is decided on the worker pool; the I/O thread only moves bytes, except for
    // answers that need no storage at all (liveness), which a thread hop would only slow down.
    // (An if, not a ?: around co_await: g++ 12 miscompiles the latter.)
    Response response;
    if (Api::AnswersWithoutStorage(request)) {
      response = state->api.Handle(request);
    } else {
      response = co_await asio::co_spawn(
          state->workers, [&]() -> asio::awaitable<Response> { co_return state->api.Handle(request); },
          asio::use_awaitable);
    }
    auto out = ToBeast(std::move(response), version, keep_alive);
    stream.expires_after(options.request_timeout);
    auto [write_ec, written] = co_await bhttp::async_write(stream, out, asio::as_tuple(asio::use_awaitable));
    --state->in_flight;
    if (write_ec || !keep_alive) break;
  }
  stream.socket().shutdown(tcp::socket::shutdown_send, ec);
}

void StartSession(tcp::socket socket, const std::shared_ptr<ServerState>& state) {
  ++state->connections;
  const auto executor = socket.get_executor();
  asio::co_spawn(executor, Session(std::move(socket), state), [state](const std::exception_ptr& e) {
    --state->connections;
    if (e) {
      try {
        std::rethrow_exception(e);
      } catch (const std::exception& ex) {
        spdlog::warn("connection ended: {}", ex.what());
      }
    }
  });
}

asio::awaitable<void> Listen(tcp::acceptor& acceptor, std::shared_ptr<ServerState> state) {
  for (;;) {
    auto [ec, socket] = co_await acceptor.async_accept(asio::as_tuple(asio::use_awaitable));
    if (ec == asio::error::operation_aborted || state->stopping) co_return;
    if (ec) continue;
    if (state->connections.load() >= state->options.max_connections) {
      beast::error_code ignored;
      socket.close(ignored);  // over the limit: refuse rather than slow everyone down
      continue;
    }
    StartSession(std::move(socket), state);
  }
}

}  // namespace

void RunServer(const Api& api, const ServerOptions& options, const std::function<void(unsigned short)>& on_listening) {
  asio::io_context ioc(options.io_threads);
  asio::thread_pool workers(static_cast<std::size_t>(options.worker_threads));
  auto state = std::make_shared<ServerState>(api, options, workers);

  tcp::acceptor acceptor(ioc);
  const tcp::endpoint endpoint(asio::ip::make_address(options.host), options.port);
  acceptor.open(endpoint.protocol());
  acceptor.set_option(asio::socket_base::reuse_address(true));
  acceptor.bind(endpoint);
  acceptor.listen(asio::socket_base::max_listen_connections);
  // Catch SIGTERM before announcing the port: a signal sent right after start must stop gracefully,
  // not kill the process with the default action.
  asio::signal_set signals(ioc, SIGINT, SIGTERM);
  asio::steady_timer drain(ioc);
  std::chrono::steady_clock::time_point deadline;
  std::function<void()> wait_for_drain = [&] {
    if (state->in_flight.load() == 0 || std::chrono::steady_clock::now() > deadline) {
      ioc.stop();
      return;
    }
    drain.expires_after(std::chrono::milliseconds(20));
    drain.async_wait([&](const beast::error_code&) { wait_for_drain(); });
  };
  signals.async_wait([&](const beast::error_code& ec, int signal) {
    if (ec) return;
    state->stopping = true;
    deadline = std::chrono::steady_clock::now() + options.shutdown_grace;
    // Connections the kernel already accepted carry requests sent before the signal: take them in before
    // closing, then give them a moment to read their headers and count as in flight.
    beast::error_code ignored;
    acceptor.non_blocking(true, ignored);
    for (;;) {
      tcp::socket waiting(ioc);
      acceptor.accept(waiting, ignored);
      if (ignored) break;
      StartSession(std::move(waiting), state);
    }
    acceptor.close(ignored);
    spdlog::info("signal {}: no new connections, finishing {} request(s) on {} connection(s)", signal,
                 state->in_flight.load(), state->connections.load());
    drain.expires_after(std::chrono::milliseconds(50));
    drain.async_wait([&](const beast::error_code&) { wait_for_drain(); });
  });

  asio::co_spawn(ioc, Listen(acceptor, state), asio::detached);
  on_listening(acceptor.local_endpoint().port());

  std::vector<std::thread> threads;
  for (int i = 1; i < options.io_threads; ++i) threads.emplace_back([&] { ioc.run(); });
  ioc.run();
  for (auto& t : threads) t.join();
  workers.join();
  spdlog::info("server stopped");
}

}  // namespace leerplek::http
