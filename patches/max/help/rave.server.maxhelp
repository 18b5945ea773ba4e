{
	"patcher": {
		"fileversion": 1,
		"appversion": {
			"major": 8,
			"minor": 5,
			"revision": 6,
			"architecture": "x64",
			"modernui": 1
		},
		"classnamespace": "box",
		"rect": [
			40,
			60,
			1060,
			1240
		],
		"bglocked": 0,
		"openinpresentation": 0,
		"default_fontsize": 12.0,
		"default_fontface": 0,
		"default_fontname": "Arial",
		"gridonopen": 1,
		"gridsize": [
			15.0,
			15.0
		],
		"gridsnaponopen": 1,
		"objectsnaponopen": 1,
		"statusbarvisible": 2,
		"toolbarvisible": 1,
		"boxanimatetime": 200,
		"enablehscroll": 1,
		"enablevscroll": 1,
		"devicewidth": 0.0,
		"description": "connection to a ravebridge server: status, errors, server commands",
		"digest": "",
		"tags": "",
		"style": "",
		"subpatcher_template": "",
		"assistshowspatchername": 0,
		"boxes": [
			{
				"box": {
					"maxclass": "comment",
					"text": "rave.server",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						10,
						400,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 24.0,
					"fontface": 1,
					"id": "obj-1"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "connection to a ravebridge server: status, errors, server commands",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						46,
						600,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 13.0,
					"id": "obj-2"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "Start the server first: ravebridge serve (OSC on UDP 6450). Needs Node for Max (Max 8+).",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						76,
						480,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-3"
				}
			},
			{
				"box": {
					"maxclass": "bpatcher",
					"name": "rave.server.maxpat",
					"args": [
						"127.0.0.1",
						6450
					],
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						20,
						348,
						250,
						142
					],
					"offset": [
						0.0,
						0.0
					],
					"viewvisibility": 1,
					"bgmode": 0,
					"border": 0,
					"clickthrough": 0,
					"enablehscroll": 0,
					"enablevscroll": 0,
					"lockeddragscroll": 0,
					"lockedsize": 0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-4"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "connect 127.0.0.1 6450",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						130,
						168.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-5"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "status",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						130,
						56.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-6"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "poll 500",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						156,
						70.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-7"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "notify 1",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						156,
						70.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-8"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "notify 0",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						182,
						70.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-9"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "voices",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						182,
						56.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-10"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "new b demo",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						208,
						84.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-11"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "send /rave/b/db -12",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						208,
						147.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-12"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "free b",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						234,
						56.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-13"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "dump",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						234,
						42.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-14"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "master/db -6",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						260,
						98.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-15"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "master/gain 1",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						260,
						105.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-16"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "master/limit 1 -1",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						286,
						133.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-17"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "master/limit 0",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						286,
						112.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-18"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "master/get",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						312,
						84.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-19"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "snapshot",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						312,
						70.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-20"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "print rave.server-0",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						520,
						147.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-21"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "print rave.server-1",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						220,
						520,
						147.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-22"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "Arguments",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						20,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"fontface": 1,
					"id": "obj-23"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "host: server address (default 127.0.0.1)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						44,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-24"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "port: server OSC port (default 6450)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						68,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-25"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "Messages (inlet, or [s rave.server])",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						92,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"fontface": 1,
					"id": "obj-26"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "connect [host] [port]: (re)connect (without arguments: to the last host and port)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						116,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-27"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "disconnect: close the socket",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						160,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-28"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "status: ask for /rave/status once (bang does the same)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						184,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-29"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "poll ms: ask for the status every ms milliseconds (default 1000, 0 stops)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						208,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-30"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "notify 0|1: /rave/notify: the server streams voice frames and status",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						252,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-31"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "voices: /rave/voice/list: every voice syncs itself with the answer",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						296,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-32"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "new name model [method]: /rave/voice/new (usually a rave.voice does this)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						340,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-33"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "free name: /rave/voice/free",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						384,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-34"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "learn voice param [index]: /rave/midi/learn",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						408,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-35"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "master/gain linear: /rave/master/gain: gain over every output, 0..16 (1 = unity), before the limiter",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						432,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-36"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "master/db dB: /rave/master/db: the master gain in decibels, -120..24",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						476,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-37"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "master/limit 0|1 [ceiling]: /rave/master/limit: the safety limiter off or on (default on), and its ceiling in dBFS, -24..0 (default 0)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						520,
						460,
						60.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 3,
					"id": "obj-38"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "master/get: /rave/master/get: gain, limiter, ceiling, gain reduction, output peaks (answer on the left outlet)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						584,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-39"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "snapshot: /rave/snapshot: save the live state to the server's state file now",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						628,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-40"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "record/start [file] [ch...]: /rave/record/start: record the outputs (or channels ch...) to a WAV file in the server's recordings folder",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						672,
						460,
						60.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 3,
					"id": "obj-41"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "record/stop: /rave/record/stop: stop recording (answers the file and its seconds)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						736,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-42"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "record/status: /rave/record/status: recording?, file, seconds, bytes free, why it ended",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						780,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-43"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "quit: /rave/quit: stop the server",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						824,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-44"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "send address args...: any OSC message, e.g. send /rave/a/restart",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						848,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-45"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "dump: output every displayed value as display <field> <value> (right outlet)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						892,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-46"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "Outlets",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						936,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"fontface": 1,
					"id": "obj-47"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "0: replies: status.reply ..., done <address> ..., fail <address> <reason>, voice list.reply ...",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						960,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-48"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "1: alive 0|1 (the server answers), display <field> <value> after dump",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						1004,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-49"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "One rave.server per patch: it owns the socket every rave.voice sends through ([s rave.tx]) and shares the replies ([r rave.rx]).",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						1048,
						460,
						60.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 3,
					"id": "obj-50"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "The server answers to the address and port a message came from, so replies arrive on the same socket.",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						1112,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-51"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "When the server starts answering (alive 1) rave.server asks for the voice list: every rave.voice then creates its voice, or adopts the one that exists.",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						1156,
						460,
						60.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 3,
					"id": "obj-52"
				}
			}
		],
		"lines": [
			{
				"patchline": {
					"source": [
						"obj-5",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-6",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-8",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-9",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-10",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-11",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-12",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-13",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-14",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-15",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-16",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-17",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-18",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-19",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-20",
						0
					],
					"destination": [
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-4",
						0
					],
					"destination": [
						"obj-21",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-4",
						1
					],
					"destination": [
						"obj-22",
						0
					]
				}
			}
		]
	}
}
