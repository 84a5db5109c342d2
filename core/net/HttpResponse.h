#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace fleet {

// What HttpClient::perform got back. One rule for every caller: ok() is a 2xx answer that arrived whole;
// anything else is an error, and the fields say which kind.
struct HttpResponse
{
    // Bodies held in memory come from servers we do not control: never more than this.
    static constexpr qint64 kMaxBufferedBody = 16 << 20;

    int status = 0;  // 0: no answer at all (see transportError)
    // The body of a 2xx answer when no sink was given; the body of any other answer (an error to explain),
    // whether or not a sink was given. At most kMaxBufferedBody: a longer error body is cut there.
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // of the final answer, names lowercased
    QString transportError; // connecting, timing out, a broken connection, a 2xx body beyond the bound
    bool aborted = false;   // the sink, the body source or the cancel flag stopped it
    bool tooLarge = false;  // a 2xx body without sink exceeded kMaxBufferedBody (transportError says so too)

    // The last value of a header; empty when absent.
    QByteArray header(const QByteArray &lowercaseName) const;
    bool ok() const { return status >= 200 && status < 300 && !aborted && transportError.isEmpty(); }
};

} // namespace fleet
