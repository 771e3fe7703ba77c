// A bare TCP connection for what an HTTP library would not send: malformed requests, half bodies.
#pragma once

#include <chrono>
#include <string>

namespace attache::testing {

class RawConnection {
 public:
  explicit RawConnection(int port);
  ~RawConnection();
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  bool connected() const { return fd_ >= 0; }
  void Send(const std::string& bytes);
  // Reads until the peer closes, a full response with Content-Length arrived, or the time is up.
  std::string ReadResponse(std::chrono::milliseconds timeout);
  // True if the peer closed the connection within the time.
  bool ClosedWithin(std::chrono::milliseconds timeout);

 private:
  int fd_ = -1;
};

}  // namespace attache::testing
