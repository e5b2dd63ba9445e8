#include "Idle.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <map>
#include <spawn.h>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace vitrin::bench {
namespace {

namespace fs = std::filesystem;

struct Counters {
    double cpuSeconds = 0;
    double switches = 0;
};

// CPU time and context switches of each thread of pid.
std::map<std::string, Counters> countersOf(pid_t pid) {
    std::map<std::string, Counters> threads;
    const double tick = static_cast<double>(sysconf(_SC_CLK_TCK));
    std::error_code error;
    for (const auto& task :
         fs::directory_iterator("/proc/" + std::to_string(pid) + "/task", error)) {
        Counters& counters = threads[task.path().filename().string()];
        std::ifstream stat(task.path() / "stat");
        std::string line;
        std::getline(stat, line);
        // Fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
        std::istringstream rest(line.substr(line.rfind(')') + 2));
        std::string field;
        double utime = 0, stime = 0;
        for (int i = 1; i <= 13 && rest >> field; ++i) {
            if (i == 12) {
                utime = std::stod(field);
            } else if (i == 13) {
                stime = std::stod(field);
            }
        }
        counters.cpuSeconds += (utime + stime) / tick;
        std::ifstream status(task.path() / "status");
        while (std::getline(status, line)) {
            if (line.rfind("voluntary_ctxt_switches:", 0) == 0 ||
                line.rfind("nonvoluntary_ctxt_switches:", 0) == 0) {
                counters.switches += std::stod(line.substr(line.find(':') + 1));
            }
        }
    }
    return threads;
}

// What the threads did between two samples; a thread that ended in between counts with what
// it did before it ended (unknown: nothing), one that started with all it did.
Counters between(const std::map<std::string, Counters>& before,
                 const std::map<std::string, Counters>& after) {
    Counters sum;
    for (const auto& [tid, now] : after) {
        const auto earlier = before.find(tid);
        sum.cpuSeconds +=
            now.cpuSeconds - (earlier != before.end() ? earlier->second.cpuSeconds : 0);
        sum.switches += now.switches - (earlier != before.end() ? earlier->second.switches : 0);
    }
    return sum;
}

pid_t start(std::vector<std::string> args) {
    std::vector<char*> argv;
    for (std::string& arg : args) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);
    posix_spawn_file_actions_t quiet;
    posix_spawn_file_actions_init(&quiet);
    posix_spawn_file_actions_addopen(&quiet, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&quiet, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, argv[0], &quiet, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&quiet);
    if (spawned != 0) {
        std::fprintf(stderr, "vitrin-bench: cannot start %s\n", argv[0]);
        std::exit(1);
    }
    return pid;
}

void sleepSeconds(double seconds) {
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
}

} // namespace

IdleFigures measureIdle(const fs::path& media, const fs::path& state, const std::string& renderer,
                        double seconds) {
    const fs::path vitrin =
        fs::read_symlink("/proc/self/exe").parent_path().parent_path() / "vitrin";
    std::vector<std::string> args{vitrin.string(), "--media", media.string(), "--state",
                                  state.string()};
    if (!renderer.empty()) {
        args.insert(args.end(), {"--renderer", renderer});
    }
    const pid_t pid = start(args);
    IdleFigures figures;
    figures.seconds = seconds;
    sleepSeconds(6); // started, first pictures decoded, the background check done
    auto before = countersOf(pid);
    sleepSeconds(seconds);
    Counters spent = between(before, countersOf(pid));
    figures.attractCpuPercent = 100 * spent.cpuSeconds / seconds;
    figures.attractWakeupsPerS = spent.switches / seconds;
    // A click wakes the kiosk: its home screen, where nothing moves until the idle countdown.
    int status = 0;
    waitpid(start({"xdotool", "mousemove", "960", "540", "click", "1"}), &status, 0);
    sleepSeconds(4);
    before = countersOf(pid);
    sleepSeconds(seconds);
    spent = between(before, countersOf(pid));
    figures.stillCpuPercent = 100 * spent.cpuSeconds / seconds;
    figures.stillWakeups = spent.switches;
    kill(pid, SIGTERM);
    waitpid(pid, &status, 0);
    return figures;
}

} // namespace vitrin::bench
