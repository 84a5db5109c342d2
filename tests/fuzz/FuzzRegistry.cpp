#include "FuzzSupport.h"

#include "images/stores/RegistryClient.h"

#include <QUrl>

using namespace fleet;

// What a Registry v2 server answers, where it can be reached without a server: the JSON error body
// ({"errors":[{"code","message"}]}) and WWW-Authenticate challenge turned into a message, and the Link header of
// paged listings (which must never lead to another host). The catalog, tags and manifest JSON are parsed inside
// RegistryClient's HTTP methods; they get a target when those parsers are split out of the HTTP layer.
// Input: status byte, then "header\nbody".
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const StoreLocation location = [] {
        QString error;
        return *StoreLocation::parse(QStringLiteral("registry://127.0.0.1:5000"), &error);
    }();
    static RegistryClient client(location, StoreCredentials{});
    static const int statuses[] = {200, 401, 403, 404, 405, 429, 500, 0};
    const QByteArray rest = fuzz::bytes(data + 1, size - 1);
    const qsizetype newline = rest.indexOf('\n');
    HttpResponse response;
    response.status = statuses[data[0] % 8];
    const QByteArray header = newline < 0 ? rest : rest.left(newline);
    response.headers = {{QByteArrayLiteral("www-authenticate"), header}, {QByteArrayLiteral("link"), header}};
    response.body = newline < 0 ? QByteArray() : rest.mid(newline + 1);
    const StoreError error = client.errorFrom(response, QStringLiteral("listing"));
    FLEET_FUZZ_ASSERT(!error.message.isEmpty());
    FLEET_FUZZ_ASSERT(error.message.size() < 2000); // bounded, whatever the server sent

    // The next page is fetched from registryUrl + next: whatever the Link said, the same host and port, and
    // nextLink itself names no host ("//other-host/v2/…", found here, is refused).
    const QString next = RegistryClient::nextLink(header);
    if (!next.isEmpty()) {
        FLEET_FUZZ_ASSERT(!next.startsWith(QLatin1String("//")) && QUrl(next).authority().isEmpty());
        const QUrl base(location.registryUrl);
        const QUrl url(location.registryUrl + next);
        FLEET_FUZZ_ASSERT(url.isValid() && url.host() == base.host() && url.port() == base.port());
    }
    return 0;
}
