#include "platform/Watchdog.h"

#include <gtest/gtest.h>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

using namespace vitrin;
using core::Duration;
using platform::Watchdog;

namespace {

// A stand-in for systemd's notification socket: a datagram socket in a temporary folder,
// named by NOTIFY_SOCKET while the test runs.
class NotifySocket {
  public:
    NotifySocket() {
        path_ = std::filesystem::temp_directory_path() /
                ("vitrin-notify-" + std::to_string(getpid()) + ".sock");
        std::filesystem::remove(path_);
        fd_ = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::strncpy(address.sun_path, path_.c_str(), sizeof(address.sun_path) - 1);
        EXPECT_EQ(bind(fd_, reinterpret_cast<const sockaddr*>(&address), sizeof(address)), 0);
        setenv("NOTIFY_SOCKET", path_.c_str(), 1);
    }
    ~NotifySocket() {
        unsetenv("NOTIFY_SOCKET");
        unsetenv("WATCHDOG_USEC");
        close(fd_);
        std::filesystem::remove(path_);
    }
    NotifySocket(const NotifySocket&) = delete;
    NotifySocket& operator=(const NotifySocket&) = delete;

    // Every message received since the last call.
    std::vector<std::string> take() {
        std::vector<std::string> messages;
        char buffer[256];
        for (;;) {
            const ssize_t size = recv(fd_, buffer, sizeof(buffer), 0);
            if (size < 0) {
                return messages;
            }
            messages.emplace_back(buffer, static_cast<size_t>(size));
        }
    }

  private:
    std::filesystem::path path_;
    int fd_ = -1;
};

} // namespace

TEST(Watchdog, OutsideSystemdItIsOffAndNeverShortensTheLoopsSleep) {
    unsetenv("NOTIFY_SOCKET");
    unsetenv("WATCHDOG_USEC");
    Watchdog watchdog = Watchdog::fromEnvironment();
    EXPECT_FALSE(watchdog.enabled());
    EXPECT_FALSE(watchdog.pingInterval());
    EXPECT_FALSE(watchdog.untilPing(Duration(5)));
    watchdog.ready(Duration(0)); // nothing to send to, no harm
    watchdog.ping(Duration(1));
    watchdog.stopping();
}

TEST(Watchdog, WithoutAWatchdogItStillSaysReadyAndStopping) {
    NotifySocket socket;
    Watchdog watchdog = Watchdog::fromEnvironment();
    EXPECT_FALSE(watchdog.enabled());
    watchdog.ready(Duration(0));
    watchdog.ready(Duration(1)); // once only
    watchdog.ping(Duration(2));
    watchdog.stopping();
    EXPECT_EQ(socket.take(), (std::vector<std::string>{"READY=1", "STOPPING=1"}));
}

TEST(Watchdog, PingsAtHalfTheIntervalAndTheLoopWaitsNoLonger) {
    NotifySocket socket;
    setenv("WATCHDOG_USEC", "30000000", 1);
    Watchdog watchdog = Watchdog::fromEnvironment();
    ASSERT_TRUE(watchdog.enabled());
    EXPECT_DOUBLE_EQ(watchdog.pingInterval()->count(), 15.0);
    watchdog.ready(Duration(2));
    EXPECT_EQ(socket.take(), (std::vector<std::string>{"READY=1", "WATCHDOG=1"}));
    EXPECT_DOUBLE_EQ(watchdog.untilPing(Duration(2))->count(), 15.0);
    EXPECT_DOUBLE_EQ(watchdog.untilPing(Duration(12))->count(), 5.0);
    watchdog.ping(Duration(12)); // not due yet
    EXPECT_TRUE(socket.take().empty());
    watchdog.ping(Duration(17));
    EXPECT_EQ(socket.take(), (std::vector<std::string>{"WATCHDOG=1"}));
    // Late (the loop was busy): due at once, never negative.
    EXPECT_DOUBLE_EQ(watchdog.untilPing(Duration(40))->count(), 0.0);
}

TEST(Watchdog, AWatchdogMeantForAnotherProcessIsNotPinged) {
    NotifySocket socket;
    setenv("WATCHDOG_USEC", "30000000", 1);
    setenv("WATCHDOG_PID", std::to_string(getpid() + 1).c_str(), 1);
    Watchdog watchdog = Watchdog::fromEnvironment();
    unsetenv("WATCHDOG_PID");
    EXPECT_FALSE(watchdog.enabled());
}
