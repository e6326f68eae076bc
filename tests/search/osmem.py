"""The Elasticsearch engine against osmem-server, an in-memory server that answers Elasticsearch's REST API.

osmem refuses the media type the official client sends, `application/vnd.elasticsearch+json;
compatible-with=8` (406 Not Acceptable); the same request with plain `application/json` (and
`application/x-ndjson` for bulk) is what it expects. It already sends `X-Elastic-Product: Elasticsearch`,
so the client's product check passes as it is.

What the engine uses behaves as in Elasticsearch: dis_max, constant_score, bool with minimum_should_match,
term/terms, filter, filters and terms aggregations, post_filter, sort with `missing`, track_total_hits,
scroll, aliases (update_aliases, require_alias), strict mappings, `_source` excludes, the whitespace
analyzer, max_result_window, and 32-bit float scores as Lucene's. Where it differs, the tests cannot see it:
- documents are searchable at once, without a refresh (the engine refreshes explicitly all the same);
- deleting indexes by wildcard is allowed (Elasticsearch 8 refuses it; the engine deletes by name);
- it has no Dutch analysis (the engine indexes terms analysed in Python), and it says it is OpenSearch.
"""

import re

from elastic_transport import HttpHeaders, Urllib3HttpNode

from search.engines.elasticsearch import ElasticsearchEngine

COMPATIBLE_MEDIA_TYPE = re.compile(r"application/vnd\.elasticsearch\+([^;\s]+).*")


class PlainJsonNode(Urllib3HttpNode):
    def perform_request(self, method, target, body=None, headers=None, **options):
        headers = HttpHeaders(headers or {})
        for name in ("accept", "content-type"):
            if name in headers:
                headers[name] = COMPATIBLE_MEDIA_TYPE.sub(r"application/\1", headers[name])
        return super().perform_request(method, target, body=body, headers=headers, **options)


class OsmemEngine(ElasticsearchEngine):
    node_class = PlainJsonNode
