list(APPEND FLEETCORE_SOURCES
    net/HttpRequest.h
    net/HttpResponse.h net/HttpResponse.cpp
    net/HttpClient.h net/HttpClient.cpp)
