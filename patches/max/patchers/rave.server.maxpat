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
			60,
			80,
			1100,
			700
		],
		"bglocked": 0,
		"openinpresentation": 1,
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
					"maxclass": "panel",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						700,
						10,
						250,
						142
					],
					"bgcolor": [
						0.88,
						0.91,
						0.94,
						1.0
					],
					"rounded": 4,
					"id": "obj-1",
					"presentation": 1,
					"presentation_rect": [
						0,
						0,
						250,
						142
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "rave.server",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						700,
						10,
						240,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"fontface": 1,
					"id": "obj-2",
					"presentation": 1,
					"presentation_rect": [
						4,
						2,
						240,
						20
					]
				}
			},
			{
				"box": {
					"maxclass": "inlet",
					"numinlets": 0,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"index": 1,
					"comment": "messages: connect, disconnect, status, poll, notify, voices, new, free, learn, master/gain, master/db, master/limit, master/get, snapshot, record/start, record/stop, record/status, quit, send, dump",
					"patching_rect": [
						20,
						20,
						30.0,
						30.0
					],
					"id": "obj-3"
				}
			},
			{
				"box": {
					"maxclass": "outlet",
					"numinlets": 1,
					"numoutlets": 0,
					"index": 1,
					"comment": "replies: status.reply, done, fail, voice list.reply",
					"patching_rect": [
						20,
						640,
						30.0,
						30.0
					],
					"id": "obj-4"
				}
			},
			{
				"box": {
					"maxclass": "outlet",
					"numinlets": 1,
					"numoutlets": 0,
					"index": 2,
					"comment": "alive 0|1, display <field> <value>",
					"patching_rect": [
						500,
						640,
						30.0,
						30.0
					],
					"id": "obj-5"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "r rave.server",
					"numinlets": 0,
					"numoutlets": 1,
					"patching_rect": [
						80,
						20,
						105.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-6"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "route connect disconnect status bang poll notify voices send dump new free learn master/gain master/db master/limit master/get snapshot record/start record/stop record/status quit",
					"numinlets": 22,
					"numoutlets": 22,
					"patching_rect": [
						20,
						60,
						560,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						""
					],
					"id": "obj-7"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "node.script rave.udp.js @autostart 1",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						20,
						330,
						230,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-8"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "loadbang",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						300,
						100,
						70.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-9"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "patcherargs 127.0.0.1 6450",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						300,
						130,
						196.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-10"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t b l",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						300,
						170,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-11"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend connect",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						300,
						210,
						119.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-12"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend set",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						430,
						170,
						91.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-13"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						430,
						200,
						174,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-14",
					"presentation": 1,
					"presentation_rect": [
						70,
						22,
						174,
						22
					]
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "disconnect",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						160,
						100,
						84.0,
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
					"text": "send /rave/status",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						140,
						133.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-16"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "metro 1000",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						160,
						140,
						84.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-17"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "1",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						160,
						170,
						30.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-18"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "sel 0",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						160,
						200,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-19"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "0",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						160,
						230,
						30.0,
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
					"text": "t b i",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						220,
						230,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-21"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t i i",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						600,
						100,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-22"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend send /rave/notify",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						600,
						140,
						189.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-23"
				}
			},
			{
				"box": {
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						760,
						140,
						20,
						20
					],
					"outlettype": [
						"int"
					],
					"parameter_enable": 0,
					"id": "obj-24",
					"presentation": 1,
					"presentation_rect": [
						6,
						48,
						16,
						16
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "notify",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						790,
						140,
						70.0,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-25",
					"presentation": 1,
					"presentation_rect": [
						26,
						47,
						70.0,
						18
					]
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend set",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						760,
						100,
						91.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-26"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "send /rave/voice/list",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						600,
						180,
						161.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-27"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend send",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						800,
						250,
						98.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-28"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "r rave.tx",
					"numinlets": 0,
					"numoutlets": 1,
					"patching_rect": [
						800,
						290,
						77.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-29"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend send /rave/voice/new",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						950,
						100,
						210.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-30"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend send /rave/voice/free",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						950,
						130,
						217.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-31"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend send /rave/midi/learn",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						950,
						160,
						217.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-32"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend send /rave/master/gain",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						950,
						190,
						224.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-33"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend send /rave/master/db",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						950,
						220,
						210.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-34"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend send /rave/master/limit",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						950,
						250,
						231.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-35"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "send /rave/master/get",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						950,
						280,
						161.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-36"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "send /rave/snapshot",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						950,
						310,
						147.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-37"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend send /rave/record/start",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						950,
						340,
						231.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-38"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "send /rave/record/stop",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						950,
						370,
						168.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-39"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "send /rave/record/status",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						950,
						400,
						182.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-40"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "send /rave/quit",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						950,
						430,
						119.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-41"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "route rave",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						20,
						380,
						84.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-42"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t a a a b",
					"numinlets": 1,
					"numoutlets": 4,
					"patching_rect": [
						20,
						410,
						77.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						"",
						"",
						""
					],
					"id": "obj-43"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "s rave.rx",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						60,
						600,
						77.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-44"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "route status.reply fail",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [
						120,
						440,
						175.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						"",
						""
					],
					"id": "obj-45"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "unpack i i i f i i",
					"numinlets": 1,
					"numoutlets": 6,
					"patching_rect": [
						120,
						470,
						140.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						"",
						"",
						"",
						"",
						""
					],
					"id": "obj-46"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend set",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						120,
						500,
						91.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-47"
				}
			},
			{
				"box": {
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						120,
						530,
						60,
						22
					],
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"ignoreclick": 1,
					"id": "obj-48",
					"presentation": 1,
					"presentation_rect": [
						6,
						92,
						60,
						22
					]
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend set",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						190,
						500,
						91.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-49"
				}
			},
			{
				"box": {
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						190,
						530,
						50,
						22
					],
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"ignoreclick": 1,
					"id": "obj-50",
					"presentation": 1,
					"presentation_rect": [
						100,
						92,
						50,
						22
					]
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend set",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						260,
						500,
						91.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-51"
				}
			},
			{
				"box": {
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						260,
						530,
						36,
						22
					],
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"ignoreclick": 1,
					"id": "obj-52",
					"presentation": 1,
					"presentation_rect": [
						6,
						70,
						36,
						22
					]
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend set",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						330,
						500,
						91.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-53"
				}
			},
			{
				"box": {
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						330,
						530,
						46,
						22
					],
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"ignoreclick": 1,
					"id": "obj-54",
					"presentation": 1,
					"presentation_rect": [
						90,
						70,
						46,
						22
					]
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend set",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						400,
						500,
						91.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-55"
				}
			},
			{
				"box": {
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						400,
						530,
						36,
						22
					],
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"ignoreclick": 1,
					"id": "obj-56",
					"presentation": 1,
					"presentation_rect": [
						168,
						70,
						36,
						22
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "voices",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						900,
						471,
						40,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-57",
					"presentation": 1,
					"presentation_rect": [
						44,
						71,
						40,
						18
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "cpu",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						900,
						471,
						40,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-58",
					"presentation": 1,
					"presentation_rect": [
						138,
						71,
						40,
						18
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "xruns",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						900,
						471,
						40,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-59",
					"presentation": 1,
					"presentation_rect": [
						206,
						71,
						40,
						18
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "Hz",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						900,
						493,
						40,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-60",
					"presentation": 1,
					"presentation_rect": [
						68,
						93,
						40,
						18
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "buffer",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						900,
						493,
						40,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-61",
					"presentation": 1,
					"presentation_rect": [
						152,
						93,
						40,
						18
					]
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "unpack s s",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						480,
						470,
						84.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-62"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend set",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						480,
						500,
						91.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-63"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						480,
						530,
						120,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-64",
					"presentation": 1,
					"presentation_rect": [
						6,
						116,
						120,
						22
					]
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend set",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						600,
						500,
						91.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-65"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						600,
						530,
						118,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-66",
					"presentation": 1,
					"presentation_rect": [
						128,
						116,
						118,
						22
					]
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend fail",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						720,
						470,
						98.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-67"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "print rave.server",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						720,
						500,
						133.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-68"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t b b",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						300,
						400,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-69"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "del 3500",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						360,
						430,
						70.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-70"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "i",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						300,
						430,
						40.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-71"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "sel 0",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						300,
						460,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-72"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "1",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						300,
						490,
						30.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-73"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "0",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						360,
						460,
						30.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-74"
				}
			},
			{
				"box": {
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						300,
						560,
						20,
						20
					],
					"outlettype": [
						"int"
					],
					"parameter_enable": 0,
					"id": "obj-75",
					"presentation": 1,
					"presentation_rect": [
						6,
						24,
						16,
						16
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "alive",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						900,
						380,
						44,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-76",
					"presentation": 1,
					"presentation_rect": [
						24,
						23,
						44,
						18
					]
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t i i i",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [
						300,
						520,
						63.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						"",
						""
					],
					"id": "obj-77"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend alive",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						360,
						560,
						105.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-78"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "i",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						420,
						560,
						40.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-79"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t b b b b b b b b b",
					"numinlets": 1,
					"numoutlets": 9,
					"patching_rect": [
						500,
						600,
						147.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						"",
						""
					],
					"id": "obj-80"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend display host",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						500,
						660,
						154.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-81"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend display cpu",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						620,
						660,
						147.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-82"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend display xruns",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						740,
						660,
						161.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-83"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend display voices",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						860,
						660,
						168.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-84"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend display sr",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						980,
						660,
						140.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-85"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend display buffer",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1100,
						660,
						168.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-86"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend display failaddr",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1220,
						660,
						182.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-87"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend display failreason",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1340,
						660,
						196.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-88"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend display alive",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1460,
						660,
						161.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-89"
				}
			}
		],
		"lines": [
			{
				"patchline": {
					"source": [
						"obj-3",
						0
					],
					"destination": [
						"obj-7",
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
						"obj-7",
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
						"obj-10",
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
						"obj-11",
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
						"obj-11",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-11",
						1
					],
					"destination": [
						"obj-12",
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
						"obj-8",
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
						"obj-14",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-11",
						1
					],
					"destination": [
						"obj-13",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						1
					],
					"destination": [
						"obj-15",
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
						"obj-8",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						2
					],
					"destination": [
						"obj-16",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						3
					],
					"destination": [
						"obj-16",
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
						"obj-16",
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
						"obj-8",
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
						"obj-18",
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
						"obj-17",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						4
					],
					"destination": [
						"obj-19",
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
						"obj-20",
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
						"obj-17",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-19",
						1
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
						"obj-21",
						1
					],
					"destination": [
						"obj-17",
						1
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-21",
						0
					],
					"destination": [
						"obj-18",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						5
					],
					"destination": [
						"obj-22",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-22",
						0
					],
					"destination": [
						"obj-23",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-23",
						0
					],
					"destination": [
						"obj-8",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-22",
						1
					],
					"destination": [
						"obj-26",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-26",
						0
					],
					"destination": [
						"obj-24",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-24",
						0
					],
					"destination": [
						"obj-23",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						6
					],
					"destination": [
						"obj-27",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-27",
						0
					],
					"destination": [
						"obj-8",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						7
					],
					"destination": [
						"obj-28",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-28",
						0
					],
					"destination": [
						"obj-8",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-29",
						0
					],
					"destination": [
						"obj-28",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						9
					],
					"destination": [
						"obj-30",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-30",
						0
					],
					"destination": [
						"obj-8",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						10
					],
					"destination": [
						"obj-31",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-31",
						0
					],
					"destination": [
						"obj-8",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						11
					],
					"destination": [
						"obj-32",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-32",
						0
					],
					"destination": [
						"obj-8",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						12
					],
					"destination": [
						"obj-33",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-33",
						0
					],
					"destination": [
						"obj-8",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						13
					],
					"destination": [
						"obj-34",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-34",
						0
					],
					"destination": [
						"obj-8",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						14
					],
					"destination": [
						"obj-35",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-35",
						0
					],
					"destination": [
						"obj-8",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						15
					],
					"destination": [
						"obj-36",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-36",
						0
					],
					"destination": [
						"obj-8",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						16
					],
					"destination": [
						"obj-37",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-37",
						0
					],
					"destination": [
						"obj-8",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						17
					],
					"destination": [
						"obj-38",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-38",
						0
					],
					"destination": [
						"obj-8",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						18
					],
					"destination": [
						"obj-39",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-39",
						0
					],
					"destination": [
						"obj-8",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						19
					],
					"destination": [
						"obj-40",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-40",
						0
					],
					"destination": [
						"obj-8",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						20
					],
					"destination": [
						"obj-41",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-41",
						0
					],
					"destination": [
						"obj-8",
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
						"obj-42",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-42",
						0
					],
					"destination": [
						"obj-43",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-43",
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
						"obj-43",
						1
					],
					"destination": [
						"obj-44",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-43",
						2
					],
					"destination": [
						"obj-45",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-45",
						0
					],
					"destination": [
						"obj-46",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-47",
						0
					],
					"destination": [
						"obj-48",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-49",
						0
					],
					"destination": [
						"obj-50",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
						0
					],
					"destination": [
						"obj-52",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-53",
						0
					],
					"destination": [
						"obj-54",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-55",
						0
					],
					"destination": [
						"obj-56",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-46",
						0
					],
					"destination": [
						"obj-47",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-46",
						1
					],
					"destination": [
						"obj-49",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-46",
						2
					],
					"destination": [
						"obj-51",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-46",
						3
					],
					"destination": [
						"obj-53",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-46",
						5
					],
					"destination": [
						"obj-55",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-45",
						1
					],
					"destination": [
						"obj-62",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-63",
						0
					],
					"destination": [
						"obj-64",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-65",
						0
					],
					"destination": [
						"obj-66",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-62",
						0
					],
					"destination": [
						"obj-63",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-62",
						1
					],
					"destination": [
						"obj-65",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-45",
						1
					],
					"destination": [
						"obj-67",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-67",
						0
					],
					"destination": [
						"obj-68",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-43",
						3
					],
					"destination": [
						"obj-69",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-69",
						1
					],
					"destination": [
						"obj-70",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-69",
						0
					],
					"destination": [
						"obj-71",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-71",
						0
					],
					"destination": [
						"obj-72",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-72",
						0
					],
					"destination": [
						"obj-73",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-73",
						0
					],
					"destination": [
						"obj-27",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-70",
						0
					],
					"destination": [
						"obj-74",
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
						"obj-74",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-73",
						0
					],
					"destination": [
						"obj-77",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-74",
						0
					],
					"destination": [
						"obj-77",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-77",
						2
					],
					"destination": [
						"obj-71",
						1
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-77",
						1
					],
					"destination": [
						"obj-75",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-77",
						0
					],
					"destination": [
						"obj-78",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-78",
						0
					],
					"destination": [
						"obj-5",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-77",
						0
					],
					"destination": [
						"obj-79",
						1
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-80",
						8
					],
					"destination": [
						"obj-14",
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
						"obj-81",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-81",
						0
					],
					"destination": [
						"obj-5",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-80",
						7
					],
					"destination": [
						"obj-54",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-54",
						0
					],
					"destination": [
						"obj-82",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-82",
						0
					],
					"destination": [
						"obj-5",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-80",
						6
					],
					"destination": [
						"obj-56",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-56",
						0
					],
					"destination": [
						"obj-83",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-83",
						0
					],
					"destination": [
						"obj-5",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-80",
						5
					],
					"destination": [
						"obj-52",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-52",
						0
					],
					"destination": [
						"obj-84",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-84",
						0
					],
					"destination": [
						"obj-5",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-80",
						4
					],
					"destination": [
						"obj-48",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						0
					],
					"destination": [
						"obj-85",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-85",
						0
					],
					"destination": [
						"obj-5",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-80",
						3
					],
					"destination": [
						"obj-50",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-50",
						0
					],
					"destination": [
						"obj-86",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-86",
						0
					],
					"destination": [
						"obj-5",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-80",
						2
					],
					"destination": [
						"obj-64",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-64",
						0
					],
					"destination": [
						"obj-87",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-87",
						0
					],
					"destination": [
						"obj-5",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-80",
						1
					],
					"destination": [
						"obj-66",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-66",
						0
					],
					"destination": [
						"obj-88",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-88",
						0
					],
					"destination": [
						"obj-5",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-80",
						0
					],
					"destination": [
						"obj-79",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-79",
						0
					],
					"destination": [
						"obj-89",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-89",
						0
					],
					"destination": [
						"obj-5",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-7",
						8
					],
					"destination": [
						"obj-80",
						0
					]
				}
			}
		]
	}
}
