#pragma once

#include <QString>

namespace fleet {

// Why a Docker Engine call failed. `message` is for a person: cause and fix.
struct DockerError
{
    enum Kind {
        None,
        DaemonDown, // cannot connect to the socket / address
        NotFound,   // 404: no such image or container
        Api,        // the daemon answered with an error status
        Stream,     // an error reported inside a streamed JSON body (build, load, pull)
        Cancelled,
        Consumer,   // the receiver of a stream failed (e.g. the SSH channel broke)
    };
    Kind kind = None;
    int httpStatus = 0;
    QString message;

    bool ok() const { return kind == None; }
};

} // namespace fleet
