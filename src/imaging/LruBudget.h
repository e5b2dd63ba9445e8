#pragma once
// Least-recently-used bookkeeping of bytes per key against a budget. It owns nothing: the
// caller frees what the returned keys name (the UI keeps GPU textures with it).

#include <cstddef>
#include <functional>
#include <list>
#include <unordered_map>
#include <utility>
#include <vector>

namespace vitrin::imaging {

template <typename Key, typename Hash = std::hash<Key>> class LruBudget {
  public:
    explicit LruBudget(std::size_t budgetBytes) : budget_(budgetBytes) {}

    // Records key (new or resized) as most recently used; returns the least recently used
    // other keys to free, oldest first, now forgotten. The newest key is never returned.
    std::vector<Key> insert(const Key& key, std::size_t bytes) {
        if (auto found = index_.find(key); found != index_.end()) {
            used_ -= found->second->second;
            order_.erase(found->second);
        }
        order_.emplace_front(key, bytes);
        index_[key] = order_.begin();
        used_ += bytes;
        return evictOverBudget();
    }

    // Marks key as most recently used; false when it is not tracked.
    bool touch(const Key& key) {
        const auto found = index_.find(key);
        if (found == index_.end()) {
            return false;
        }
        order_.splice(order_.begin(), order_, found->second);
        return true;
    }

    // Forgets key (its resource was freed for another reason); unknown keys are ignored.
    void erase(const Key& key) {
        const auto found = index_.find(key);
        if (found == index_.end()) {
            return;
        }
        used_ -= found->second->second;
        order_.erase(found->second);
        index_.erase(found);
    }

    // Changes the budget; returns the keys to free to fit it, as insert does.
    std::vector<Key> setBudget(std::size_t budgetBytes) {
        budget_ = budgetBytes;
        return evictOverBudget();
    }

    // Whether key is tracked; does not change its recency.
    bool contains(const Key& key) const { return index_.contains(key); }
    // Sum of the tracked sizes.
    std::size_t usedBytes() const { return used_; }
    // The budget set at construction or by setBudget.
    std::size_t budgetBytes() const { return budget_; }
    // Number of tracked keys.
    std::size_t size() const { return index_.size(); }

  private:
    std::vector<Key> evictOverBudget() {
        std::vector<Key> evicted;
        while (used_ > budget_ && order_.size() > 1) {
            auto& [key, bytes] = order_.back();
            used_ -= bytes;
            evicted.push_back(std::move(key));
            index_.erase(evicted.back());
            order_.pop_back();
        }
        return evicted;
    }

    std::size_t budget_;
    std::size_t used_ = 0;
    std::list<std::pair<Key, std::size_t>> order_; // most recently used first
    std::unordered_map<Key, typename std::list<std::pair<Key, std::size_t>>::iterator, Hash> index_;
};

} // namespace vitrin::imaging
