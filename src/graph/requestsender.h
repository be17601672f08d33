#pragma once

#include "graph/apirequest.h"

class ApiJob;

// Something that sends ApiRequests for one API (Graph, Exchange): fills in base URL and token audience and
// refuses links to foreign hosts. PageIterator follows links through it.
class RequestSender
{
public:
    virtual ~RequestSender() = default;
    // Relative URLs resolve against the API's base URL; absolute ones must be on an allowed host (else the
    // job finishes with Error::Kind::Insecure).
    virtual ApiJob *send(const ApiRequest &request) = 0;
    // Whether an absolute link (nextLink, deltaLink) may be followed.
    virtual bool isAllowedLink(const QUrl &url) const = 0;
};
