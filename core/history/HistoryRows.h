#pragma once

#include "history/HistoryRecords.h"
#include "model/Node.h"

#include <QDateTime>

namespace fleet {

class Statement;

// Turns result rows into records and back, for HistoryStore and JobQuery: the one place that knows how each
// table's columns map onto the value types (timestamps as unix milliseconds UTC, states by their stable names).
class HistoryRows final
{
public:
    // Column lists, in the order the readers below expect them.
    static const char *const kJobColumns;
    static const char *const kStageColumns;
    static const char *const kScanColumns;
    static const char *const kEventColumns;
    static const char *const kNodeColumns;

    static JobRecord job(const Statement &row);
    static StageRow stage(const Statement &row);
    static ScanRecord scan(const Statement &row);
    static EventRecord event(const Statement &row);
    static Node node(const Statement &row);

    // A column holding unix ms, NULL as an invalid QDateTime.
    static QDateTime time(const Statement &row, int column);
    static qint64 toMs(const QDateTime &time) { return time.isValid() ? time.toMSecsSinceEpoch() : 0; }

    static QString factsToJson(const NodeFacts &facts);
    static NodeFacts factsFromJson(const QString &json);
    static QString targetsToJson(const QStringList &targets);

    static StageKind stageKindFromName(const QString &name);
    static TransferMode transferModeFromName(const QString &name);
};

} // namespace fleet
