#include "leerplek/http/message.hpp"

#include <gtest/gtest.h>

namespace leerplek::http {
namespace {

TEST(Request, PathIsDecodedButKeepsPlusSigns) {
  Request r;
  r.target = "/api/v1/password-resets/a%2Bb+c?x=1";
  EXPECT_EQ(r.Path(), "/api/v1/password-resets/a+b+c");
}

TEST(Request, QueryValuesAreDecodedAndMissingOnesAreEmpty) {
  Request r;
  r.target = "/x?limit=50&naam=Els+Maes&leeg=&vlag&pct=%C3%A9";
  EXPECT_EQ(r.Query("limit"), "50");
  EXPECT_EQ(r.Query("naam"), "Els Maes");
  EXPECT_EQ(r.Query("leeg"), "");
  EXPECT_EQ(r.Query("vlag"), "");
  EXPECT_EQ(r.Query("pct"), "é");
  EXPECT_FALSE(r.Query("before"));
}

TEST(Request, CookieIsFoundAmongOthers) {
  Request r;
  r.headers["cookie"] = "a=1; leerplek_session=abc; b=2";
  EXPECT_EQ(r.Cookie("leerplek_session"), "abc");
  EXPECT_EQ(r.Cookie("b"), "2");
  EXPECT_FALSE(r.Cookie("leerplek"));
}

TEST(Request, BrokenPercentEscapesStayAsTheyAre) { EXPECT_EQ(PercentDecode("%zz%4", false), "%zz%4"); }

TEST(Response, HeadersAreSetOnceCaseInsensitively) {
  Response r;
  r.SetHeader("Content-Type", "text/plain");
  r.SetHeader("content-type", "application/json");
  EXPECT_EQ(r.headers.size(), 1U);
  EXPECT_EQ(r.Header("CONTENT-TYPE"), "application/json");
}

}  // namespace
}  // namespace leerplek::http
