#pragma once

#include "history/HistoryRecords.h"

#include <QByteArray>
#include <QList>

#include <variant>
#include <vector>

namespace fleet {

class Database;

// Turns a JobFilter into SQL that stays fast on a million jobs (a page in a few milliseconds; measured figures in
// docs/architecture.md):
// - node and state filters walk the (node, id, state) and (state, id, image, node) indexes newest first and stop
//   after a page; the trailing columns let SQLite test the other filters without reading the table;
// - a text prefix is matched with LIKE 'text%' on the NOCASE indexes of image and node. How to use them depends
//   on how many rows match, which a bounded count tells first: few (< kSparseLimit) → collect their ids from the
//   indexes and read only the page; many → walk the newest kWindow rows, where a page of them usually is; if it
//   is not there, the older matches decide again between the two ways.
// Deep OFFSETs cost what they skip: page with beforeId (keyset) instead.
class JobQuery final
{
public:
    static constexpr int kSparseLimit = 20000;
    static constexpr qint64 kWindow = 50000;
    enum class TextPlan { Sparse, Dense };

    explicit JobQuery(Database &db);

    // The page of jobs the filter selects, newest first. False on error (see Database::error()).
    bool select(const JobFilter &filter, QList<JobRecord> &out);
    // How many jobs match (limit, offset and beforeId ignored); -1 on error.
    qint64 count(const JobFilter &filter);

    // Which way a text search for `text` (among jobs below `belowId`, 0: all) goes; exposed for tests.
    TextPlan planFor(const QString &text, qint64 belowId = 0);

    // `text` as a LIKE pattern matching values that start with it: % _ and \ escaped with \.
    static QString prefixPattern(const QString &text);

private:
    using Param = std::variant<qint64, QString>;
    struct Clause
    {
        QByteArray sql; // " WHERE …" or empty
        std::vector<Param> params;
    };

    Clause where(const JobFilter &filter, TextPlan plan, qint64 floorId) const;
    bool run(const JobFilter &filter, TextPlan plan, qint64 floorId, QList<JobRecord> &out);
    qint64 textMatches(const char *column, const QString &pattern, qint64 belowId, qint64 limit);

    Database &m_db;
};

} // namespace fleet
