import Testing

@testable import SynthCore

@Test func parsesNestedJSONInDocumentOrder() throws {
  let value = try JSONParser.parse(Array(#"{"b": [1, -2.5e3, true, null], "a": {"s": "x\"\u00e9\ud83d\ude00\n"}}"#.utf8))
  #expect(value == .object([
    ("b", .array([.number(1), .number(-2500), .bool(true), .null])),
    ("a", .object([("s", .string("x\"é😀\n"))])),
  ]))
}

@Test func syntaxErrorsNameLineAndColumn() {
  #expect(throws: JSONSyntaxError(line: 2, column: 9, message: "expected ',' or '}' in an object")) {
    try JSONParser.parse(Array("{\"a\": 1,\n \"b\": 2 \"c\": 3}".utf8))
  }
  #expect(throws: JSONSyntaxError(line: 1, column: 1, message: "unexpected end of JSON")) { try JSONParser.parse([]) }
  #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array("[01]".utf8)) }
  #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array("\"\\ud800\"".utf8)) }
  #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(String(repeating: "[", count: 500).utf8)) }
}

@Test func writerEscapesAndIndents() {
  var w = JSONWriter(indent: 2)
  w.beginObject()
  w.field("name", "a\"b\\c\u{1}")
  w.key("list"); w.beginArray(); w.number(1.5); w.number(.infinity); w.endArray()
  w.key("empty"); w.beginArray(); w.endArray()
  w.endObject()
  #expect(String(decoding: w.bytes, as: UTF8.self) == """
    {
      "name": "a\\"b\\\\c\\u0001",
      "list": [
        1.5,
        null
      ],
      "empty": []
    }
    """)
}
