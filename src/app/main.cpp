#include "app/cli.hpp"

int main(int argc, char** argv) { return attache::app::RunCli(argc, argv); }
