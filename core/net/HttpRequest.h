#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace fleet {

// One HTTP request for HttpClient. A body is either in memory (`body`) or streamed (`bodySource`).
struct HttpRequest
{
    // Fills up to `max` bytes of `buffer`; returns the count, 0 at the end, -1 to abort the request.
    using BodySource = std::function<qint64(char *buffer, qint64 max)>;

    QByteArray method = "GET"; // "HEAD" asks for the headers only
    // An absolute http(s) URL, or a path with query ("/v1.41/images/json") under the client's endpoint. Already
    // encoded: it is sent verbatim (S3 signs the query as written, sorted).
    QString url;
    QList<QByteArray> headers; // "Name: value"
    QByteArray body;
    BodySource bodySource;
    // Of `bodySource`: the exact length, sent as Content-Length (S3 refuses chunks), or -1: chunked.
    qint64 bodySize = -1;
    // The whole request; 0: none (archives stream for minutes). Connecting is always bounded (HttpClient).
    qint64 timeoutMs = 0;
};

} // namespace fleet
