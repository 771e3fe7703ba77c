#include "platform/http/reply.hpp"

#include <gtest/gtest.h>

namespace attache::http {
namespace {

TEST(Reply, AttachmentDispositionKeepsTheRealNameAndASafeOne) {
  EXPECT_EQ(AttachmentDisposition("offer-2026.pdf"),
            "attachment; filename=\"offer-2026.pdf\"; filename*=UTF-8''offer-2026.pdf");
  EXPECT_EQ(AttachmentDisposition("Письмо.pdf"),
            "attachment; filename=\"______.pdf\"; "
            "filename*=UTF-8''%D0%9F%D0%B8%D1%81%D1%8C%D0%BC%D0%BE.pdf");
  EXPECT_EQ(AttachmentDisposition("a \"b\"\r\n.txt"),
            "attachment; filename=\"a _b___.txt\"; filename*=UTF-8''a%20%22b%22%0D%0A.txt");
}

}  // namespace
}  // namespace attache::http
