#pragma once

#include "history/HistoryRecords.h"

#include <QByteArray>
#include <QList>

#include <variant>
#include <vector>

namespace fleet {

class Database;

// Turns a JobFilter into SQL that stays fast on a million jobs (a page in a few milliseconds):
// - node and state filters walk the (node, id) and (state, id) indexes newest first and stop after a page;
// - a text prefix is matched with LIKE 'text%' on the NOCASE indexes of image and node. How to use them depends
//   on how many rows match, which a bounded count tells first: few matches (< kSparseLimit) → collect their ids
//   from the indexes and read only the page; many → walk the table newest first, where a page of matches comes
//   quickly because they are dense.
class JobQuery final
{
public:
    static constexpr int kSparseLimit = 20000;
    enum class TextPlan { Sparse, Dense };

    explicit JobQuery(Database &db);

    // The page of jobs the filter selects, newest first. False on error (see Database::error()).
    bool select(const JobFilter &filter, QList<JobRecord> &out);
    // How many jobs match (limit, offset and beforeId ignored); -1 on error.
    qint64 count(const JobFilter &filter);

    // Which way a text search for `text` goes (exposed for tests).
    TextPlan planFor(const QString &text);

    // `text` as a LIKE pattern matching values that start with it: % _ and \ escaped with \.
    static QString prefixPattern(const QString &text);

private:
    using Param = std::variant<qint64, QString>;
    struct Clause
    {
        QByteArray sql; // " WHERE …" or empty
        std::vector<Param> params;
    };

    Clause where(const JobFilter &filter, TextPlan plan) const;

    Database &m_db;
};

} // namespace fleet
