// Cross-check of our Table REST client with the official JavaScript client (@azure/data-tables).
// usage: node table-crosscheck.mjs read|write <connectionString> <table> <partitionKey> <rowKey>
// read: prints the entity's properties as {"Name": {"type": "Int64", "value": "..."}} (values untouched by conversion).
// write: stores an entity with one property of each type; prints what it wrote, in the same form.
import { TableClient } from "@azure/data-tables";

const [mode, connectionString, table, partitionKey, rowKey] = process.argv.slice(2);
const client = TableClient.fromConnectionString(connectionString, table, { allowInsecureConnection: true });

if (mode === "read") {
  const entity = await client.getEntity(partitionKey, rowKey, { disableTypeConversion: true });
  const properties = {};
  for (const [name, property] of Object.entries(entity)) {
    if (["partitionKey", "rowKey", "etag", "timestamp", "odata.metadata"].includes(name)) continue;
    properties[name] = property;
  }
  console.log(JSON.stringify(properties));
} else if (mode === "write") {
  const entity = {
    partitionKey,
    rowKey,
    Text: "from JavaScript ✓ 'quoted'",
    Flag: true,
    Small: 42,
    Big: { value: "9007199254740993", type: "Int64" },
    Ratio: { value: "2.5", type: "Double" },
    Whole: { value: "3", type: "Double" },
    When: { value: "2025-03-09T21:59:58.1234567Z", type: "DateTime" },
    Id: { value: "0f8fad5b-d9cb-469f-a165-70867728950e", type: "Guid" },
    Bytes: new Uint8Array([0, 1, 2, 254, 255]),
  };
  await client.createEntity(entity);
  console.log(JSON.stringify({ ok: true }));
} else {
  console.error(`unknown mode ${mode}`);
  process.exit(2);
}
