#include "domains/transfer/export.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

namespace attache::transfer {
namespace {

namespace fs = std::filesystem;

class StaleSpools : public ::testing::Test {
 protected:
  void SetUp() override {
    // Tests run in parallel processes (ctest -j): each has its own directory.
    dir_ = fs::temp_directory_path() /
           ("attache-spool-test-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path Touch(const std::string& name, std::chrono::hours age) const {
    const fs::path path = dir_ / name;
    std::ofstream(path) << "x";
    fs::last_write_time(path, fs::file_time_type::clock::now() - age);
    return path;
  }

  fs::path dir_;
};

TEST_F(StaleSpools, OnlyOldSpoolsGo) {
  const fs::path old_spool = Touch("attache-export-00000000000000aa", std::chrono::hours(30));
  const fs::path fresh_spool = Touch("attache-export-00000000000000bb", std::chrono::hours(1));
  const fs::path other = Touch("someone-elses-file", std::chrono::hours(30));
  EXPECT_EQ(RemoveStaleSpools(dir_, std::chrono::hours(24)), 1);
  EXPECT_FALSE(fs::exists(old_spool));
  EXPECT_TRUE(fs::exists(fresh_spool)) << "an export may still be running";
  EXPECT_TRUE(fs::exists(other)) << "not ours";
}

TEST_F(StaleSpools, AMissingDirectoryIsNothingToRemove) {
  EXPECT_EQ(RemoveStaleSpools(dir_ / "gone", std::chrono::hours(24)), 0);
}

}  // namespace
}  // namespace attache::transfer
