// A small JSON value tree in two growing arrays (nodes and text), built from nlohmann's SAX events for one
// object of the document at a time and released when that object is read (docs/performance.md, "JSON load").
// Releasing is a resize, so after the first few objects reading allocates nothing here.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace ipsec::json::detail {

enum class ValueType : std::uint8_t {
    Null,
    Boolean,
    Integer,  // negative integers
    Unsigned, // non-negative integers (nlohmann reads every one as unsigned)
    Float,
    String,
    Object,
    Array,
    Streamed, // an array whose elements were read one by one as they arrived and are not kept
};

class ValueTree {
public:
    using Index = std::uint32_t;
    static constexpr Index kNone = std::numeric_limits<Index>::max();

    struct Mark {
        std::size_t nodes = 0;
        std::size_t text = 0;
    };

    struct Node {
        ValueType type = ValueType::Null;
        bool boolean = false;
        Index firstChild = kNone;
        Index lastChild = kNone;
        Index next = kNone;
        std::size_t keyOffset = 0;
        std::size_t keyLength = 0;
        std::size_t textOffset = 0;
        std::size_t textLength = 0;
        std::uint64_t unsignedValue = 0;
        std::int64_t integerValue = 0;
    };

    Mark mark() const { return {m_nodes.size(), m_text.size()}; }
    // Drops every node and text added since the mark; nodes before it must not link to them.
    void release(Mark m)
    {
        m_nodes.resize(m.nodes);
        m_text.resize(m.text);
    }

    // A new value, appended to parent's children (kNone: a value of its own) under key (objects only).
    Index add(Index parent, ValueType type, std::string_view key = {})
    {
        const Index index = static_cast<Index>(m_nodes.size());
        Node &node = m_nodes.emplace_back();
        node.type = type;
        if (!key.empty()) {
            node.keyOffset = m_text.size();
            node.keyLength = key.size();
            m_text.append(key);
        }
        if (parent != kNone) {
            Node &p = m_nodes[parent];
            if (p.lastChild == kNone)
                p.firstChild = index;
            else
                m_nodes[p.lastChild].next = index;
            p.lastChild = index;
        }
        return index;
    }
    void setText(Index index, std::string_view text)
    {
        Node &node = m_nodes[index];
        node.textOffset = m_text.size();
        node.textLength = text.size();
        m_text.append(text);
    }

    Node &node(Index index) { return m_nodes[index]; }
    const Node &node(Index index) const { return m_nodes[index]; }
    std::string_view key(Index index) const
    {
        const Node &n = m_nodes[index];
        return std::string_view(m_text).substr(n.keyOffset, n.keyLength);
    }
    std::string_view text(Index index) const
    {
        const Node &n = m_nodes[index];
        return std::string_view(m_text).substr(n.textOffset, n.textLength);
    }
    // The member of an object with this key (the first, if the key repeats), or kNone.
    Index member(Index object, std::string_view name) const
    {
        for (Index child = m_nodes[object].firstChild; child != kNone; child = m_nodes[child].next)
            if (key(child) == name)
                return child;
        return kNone;
    }

private:
    std::vector<Node> m_nodes;
    std::string m_text;
};

// A read-only view of one value of a tree.
class Value {
public:
    Value(const ValueTree &tree, ValueTree::Index index) : m_tree(&tree), m_index(index) {}

    ValueType type() const { return node().type; }
    bool isObject() const { return type() == ValueType::Object; }
    bool isArray() const { return type() == ValueType::Array; }
    bool isString() const { return type() == ValueType::String; }
    bool isBoolean() const { return type() == ValueType::Boolean; }
    bool isInteger() const { return type() == ValueType::Integer || type() == ValueType::Unsigned; }
    bool isUnsigned() const { return type() == ValueType::Unsigned; }
    bool isStreamed() const { return type() == ValueType::Streamed; }

    std::string_view text() const { return m_tree->text(m_index); }
    std::string_view key() const { return m_tree->key(m_index); }
    bool boolean() const { return node().boolean; }
    std::uint64_t unsignedValue() const { return node().unsignedValue; }
    std::int64_t integerValue() const { return node().integerValue; }
    // A number as its decimal text (for messages).
    std::string numberText() const
    {
        return isUnsigned() ? std::to_string(unsignedValue()) : std::to_string(integerValue());
    }

    // The member with this key, or an absent value.
    Value member(std::string_view name) const { return {*m_tree, m_tree->member(m_index, name)}; }
    bool exists() const { return m_index != ValueTree::kNone; }

    // Iterates over an object's members or an array's elements.
    class Iterator {
    public:
        Iterator(const ValueTree &tree, ValueTree::Index index) : m_tree(&tree), m_index(index) {}
        Value operator*() const { return {*m_tree, m_index}; }
        Iterator &operator++()
        {
            m_index = m_tree->node(m_index).next;
            return *this;
        }
        bool operator!=(const Iterator &other) const { return m_index != other.m_index; }

    private:
        const ValueTree *m_tree;
        ValueTree::Index m_index;
    };
    Iterator begin() const { return {*m_tree, node().firstChild}; }
    Iterator end() const { return {*m_tree, ValueTree::kNone}; }
    std::size_t size() const
    {
        std::size_t n = 0;
        for (auto it = begin(); it != end(); ++it)
            ++n;
        return n;
    }

private:
    const ValueTree::Node &node() const { return m_tree->node(m_index); }

    const ValueTree *m_tree;
    ValueTree::Index m_index;
};

} // namespace ipsec::json::detail
