#include "imaging/LruBudget.h"

#include <gtest/gtest.h>
#include <string>

namespace vitrin::imaging {
namespace {

using Keys = std::vector<std::string>;

TEST(LruBudget, EvictsLeastRecentlyUsedFirst) {
    LruBudget<std::string> budget(100);
    EXPECT_EQ(budget.insert("a", 40), Keys{});
    EXPECT_EQ(budget.insert("b", 40), Keys{});
    EXPECT_TRUE(budget.touch("a"));
    EXPECT_EQ(budget.insert("c", 40), Keys{"b"});
    EXPECT_EQ(budget.usedBytes(), 80u);
    EXPECT_TRUE(budget.contains("a"));
    EXPECT_FALSE(budget.contains("b"));
    EXPECT_EQ(budget.insert("d", 90), (Keys{"a", "c"}));
    EXPECT_EQ(budget.size(), 1u);
}

TEST(LruBudget, NeverEvictsTheNewestEvenIfTooBig) {
    LruBudget<std::string> budget(10);
    EXPECT_EQ(budget.insert("small", 5), Keys{});
    EXPECT_EQ(budget.insert("huge", 50), Keys{"small"});
    EXPECT_TRUE(budget.contains("huge"));
    EXPECT_EQ(budget.usedBytes(), 50u);
}

TEST(LruBudget, ReinsertUpdatesSizeAndRecency) {
    LruBudget<int> budget(100);
    budget.insert(1, 30);
    budget.insert(2, 30);
    budget.insert(1, 60); // grew, and is now the newest
    EXPECT_EQ(budget.usedBytes(), 90u);
    EXPECT_EQ(budget.insert(3, 20), std::vector<int>{2});
}

TEST(LruBudget, EraseTouchAndShrinkingBudget) {
    LruBudget<int> budget(100);
    budget.insert(1, 30);
    budget.insert(2, 30);
    budget.insert(3, 30);
    budget.erase(2);
    budget.erase(42);
    EXPECT_EQ(budget.usedBytes(), 60u);
    EXPECT_FALSE(budget.touch(2));
    EXPECT_EQ(budget.setBudget(30), std::vector<int>{1});
    EXPECT_EQ(budget.budgetBytes(), 30u);
    EXPECT_TRUE(budget.contains(3));
}

} // namespace
} // namespace vitrin::imaging
