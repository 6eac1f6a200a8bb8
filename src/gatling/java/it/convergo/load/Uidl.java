package it.convergo.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.Session;
import java.util.HashMap;
import java.util.Map;

/**
 * What a Vaadin Flow browser client keeps between requests, read from the server's answers the way the
 * client reads them: the security key and UI id of the page (from {@code ?v-r=init}), the sync id and client
 * id of the last answer, and the tags, attributes and properties of the state nodes, so that a request can
 * name the node of "the text field labelled Title" or "the confirm dialog that just opened".
 */
final class Uidl {

    static final ObjectMapper JSON = new ObjectMapper();

    private Uidl() {
    }

    /** The answer to a UIDL request, without the {@code for(;;);} guard. */
    static JsonNode parse(String body) {
        String json = body.startsWith("for(;;);") ? body.substring(8) : body;
        try {
            JsonNode root = JSON.readTree(json);
            return root.isArray() ? root.get(0) : root;
        } catch (Exception e) {
            throw new IllegalStateException("not a UIDL answer: " + json.substring(0, Math.min(200, json.length())), e);
        }
    }

    /** After {@code ?v-r=init}: a new page, its key and UI id, sync and client ids from zero, no nodes yet. */
    static Session initialised(Session session) {
        JsonNode config = parse(session.getString("init")).get("appConfig");
        JsonNode uidl = config.get("uidl");
        return session.set("key", uidl.get("Vaadin-Security-Key").asText()).set("ui", config.get("v-uiId").asInt())
                .set("syncId", uidl.get("syncId").asInt()).set("clientId", uidl.get("clientId").asInt())
                .set("nodes", new Nodes()).remove("init");
    }

    /** After a UIDL answer: the ids the next request must carry and the node changes it brought. */
    static Session answered(Session session) {
        JsonNode answer = parse(session.getString("answer"));
        Nodes nodes = session.get("nodes");
        nodes.apply(answer);
        Session next = session.set("syncId", answer.path("syncId").asInt(session.getInt("syncId")))
                .set("clientId", answer.path("clientId").asInt(session.getInt("clientId") + 1));
        JsonNode returns = nodes.lastReturnChannel;
        return returns == null ? next.remove("channelNode") : next.set("channelNode", returns.get(0).asInt())
                .set("channel", returns.get(1).asInt());
    }

    /** The body of a UIDL request carrying the given RPC invocations. */
    static String request(Session session, ArrayNode rpc) {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", session.getString("key"));
        body.set("rpc", rpc);
        body.put("syncId", session.getInt("syncId"));
        body.put("clientId", session.getInt("clientId"));
        return body.toString();
    }

    static ArrayNode rpc() {
        return JSON.createArrayNode();
    }

    /** A DOM event on a node, as the client sends it when a listener is registered for it. */
    static ObjectNode event(int node, String event) {
        ObjectNode e = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        e.set("data", JSON.createObjectNode());
        return e;
    }

    /** A property the client synchronises to the server (a field's value). */
    static ObjectNode sync(int node, String property, String value) {
        return JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", property).put("value", value);
    }

    /** The answer to a JavaScript call the server waits for ({@code @v-return} in an {@code execute}). */
    static ObjectNode channel(int node, int channel) {
        ObjectNode c = JSON.createObjectNode().put("type", "channel").put("node", node).put("channel", channel);
        c.set("args", JSON.createArrayNode().addNull());
        return c;
    }

    /** The client's view of the state tree: per node its tag and its properties and attributes. */
    static final class Nodes {

        private final Map<Integer, String> tags = new HashMap<>();
        private final Map<Integer, Map<String, JsonNode>> values = new HashMap<>();
        JsonNode lastReturnChannel;

        void apply(JsonNode answer) {
            for (JsonNode change : answer.path("changes")) {
                int node = change.path("node").asInt();
                String type = change.path("type").asText();
                if ("detach".equals(type)) {
                    tags.remove(node);
                    values.remove(node);
                } else if ("put".equals(type)) {
                    String key = change.path("key").asText();
                    if ("tag".equals(key) && change.path("feat").asInt() == 0) {
                        tags.put(node, change.get("value").asText());
                    } else if (change.has("value")) {
                        values.computeIfAbsent(node, n -> new HashMap<>()).put(key, change.get("value"));
                    }
                }
            }
            lastReturnChannel = null;
            for (JsonNode call : answer.path("execute")) {
                for (JsonNode argument : call) {
                    if (argument.has("@v-return") && argument.get("@v-return").get(1).asInt() == 0) {
                        lastReturnChannel = argument.get("@v-return");
                    }
                }
            }
        }

        /** The newest node with this tag whose property or attribute {@code key} has this text value. */
        int find(String tag, String key, String value) {
            int found = -1;
            for (Map.Entry<Integer, String> e : tags.entrySet()) {
                JsonNode v = values.getOrDefault(e.getKey(), Map.of()).get(key);
                if (e.getValue().equals(tag) && v != null && value.equals(v.isTextual() ? v.asText() : v.toString())) {
                    found = Math.max(found, e.getKey());
                }
            }
            if (found < 0) {
                throw new IllegalStateException("no <" + tag + "> with " + key + "=" + value);
            }
            return found;
        }

        /** The newest node with this tag. */
        int newest(String tag) {
            return tags.entrySet().stream().filter(e -> e.getValue().equals(tag)).mapToInt(Map.Entry::getKey).max()
                    .orElseThrow(() -> new IllegalStateException("no <" + tag + ">"));
        }

        JsonNode value(int node, String key) {
            return values.getOrDefault(node, Map.of()).get(key);
        }
    }
}
