// rave.udp.js - the one UDP socket rave.server uses in Max (run by [node.script rave.udp.js]).
//
// The ravebridge server answers every command to the address and port it came
// from. [udpsend] sends from a port nobody can listen on, so its answers would
// be lost: this script sends and receives on one socket, like Pd's
// [netsend -u -b]. OSC is encoded and decoded here (no npm packages needed).
//
// Messages in:  connect [host] [port] | disconnect | send <address> <args...>
//               voice <name> <command> <args...>  (sends /rave/<name>/<command>: Max
//               substitutes #1 only at the start of a symbol, so rave.voice names
//               its commands this way)
// Out (left outlet): every OSC message received, its address split at "/"
// followed by its arguments, e.g. "rave done /rave/voice/new a 2048", as
// Pd's [oscparse] gives it.

const maxApi = require("max-api");
const dgram = require("dgram");

let host = "127.0.0.1";
let port = 6450;
let socket = null;

function pad4(n) {
  return (n + 3) & ~3;
}

function oscString(text) {
  const bytes = Buffer.from(String(text), "utf8");
  const out = Buffer.alloc(pad4(bytes.length + 1));
  bytes.copy(out);
  return out;
}

// numbers that are whole go out as int32 (the server takes ints and floats alike)
function encode(address, args) {
  let tags = ",";
  const parts = [];
  for (const a of args) {
    if (typeof a === "number" && Number.isInteger(a) && Math.abs(a) < 2147483648) {
      tags += "i";
      const b = Buffer.alloc(4);
      b.writeInt32BE(a);
      parts.push(b);
    } else if (typeof a === "number") {
      tags += "f";
      const b = Buffer.alloc(4);
      b.writeFloatBE(a);
      parts.push(b);
    } else {
      tags += "s";
      parts.push(oscString(a));
    }
  }
  return Buffer.concat([oscString(address), oscString(tags), ...parts]);
}

function readString(buf, offset) {
  let end = offset;
  while (end < buf.length && buf[end] !== 0) end++;
  return [buf.toString("utf8", offset, end), pad4(end + 1)];
}

// one packet -> [[address, args], ...] (bundles are unpacked, their time tags ignored)
function decode(buf) {
  if (buf.length >= 8 && buf.toString("ascii", 0, 8) === "#bundle\0") {
    const out = [];
    let offset = 16;
    while (offset + 4 <= buf.length) {
      const size = buf.readInt32BE(offset);
      out.push(...decode(buf.subarray(offset + 4, offset + 4 + size)));
      offset += 4 + size;
    }
    return out;
  }
  let [address, offset] = readString(buf, 0);
  let tags = ",";
  if (offset < buf.length && buf[offset] === 0x2c) [tags, offset] = readString(buf, offset);
  const args = [];
  for (const t of tags.slice(1)) {
    if (t === "i") { args.push(buf.readInt32BE(offset)); offset += 4; }
    else if (t === "f") { args.push(buf.readFloatBE(offset)); offset += 4; }
    else if (t === "d") { args.push(buf.readDoubleBE(offset)); offset += 8; }
    else if (t === "h") { args.push(Number(buf.readBigInt64BE(offset))); offset += 8; }
    else if (t === "s" || t === "S") { let s; [s, offset] = readString(buf, offset); args.push(s); }
    else if (t === "T") args.push(1);
    else if (t === "F") args.push(0);
    else if (t === "b") { const n = buf.readInt32BE(offset); offset = pad4(offset + 4 + n); }
  }
  return [[address, args]];
}

function open() {
  if (socket) return;
  socket = dgram.createSocket("udp4");
  socket.on("message", (packet) => {
    let messages;
    try {
      messages = decode(packet);
    } catch (e) {
      return;
    }
    for (const [address, args] of messages) {
      const parts = address.split("/").filter((p) => p.length > 0);
      maxApi.outlet(...parts, ...args);
    }
  });
  socket.on("error", (e) => maxApi.post(`rave.udp: ${e.message}`));
  socket.bind(0);
}

function close() {
  if (socket) socket.close();
  socket = null;
}

maxApi.addHandlers({
  connect: (...args) => {
    for (const a of args) {
      if (typeof a === "number") port = a;
      else host = String(a);
    }
    open();
  },
  disconnect: () => close(),
  send: (address, ...args) => {
    if (!socket) open();
    socket.send(encode(String(address), args), port, host);
  },
  voice: (name, command, ...args) => {
    if (!socket) open();
    socket.send(encode(`/rave/${name}/${command}`, args), port, host);
  },
});

open();

module.exports = { encode, decode };
