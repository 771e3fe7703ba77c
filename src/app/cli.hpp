// The `attache` command line: serve, migrate, demo load, version.
#pragma once

namespace attache::app {

// Parses the arguments, runs the command and returns the process exit code: 0 on success, 1 on a
// runtime failure (one line on stderr says why), 2 on bad usage.
int RunCli(int argc, char** argv);

}  // namespace attache::app
