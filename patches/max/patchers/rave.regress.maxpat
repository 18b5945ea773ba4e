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
			1300,
			760
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
		"description": "the regression stage (Wekinator protocol): record, train, run",
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
						156
					],
					"bgcolor": [
						0.96,
						0.93,
						0.86,
						1.0
					],
					"rounded": 4,
					"id": "obj-1",
					"presentation": 1,
					"presentation_rect": [
						0,
						0,
						250,
						156
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "rave.regress",
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
					"comment": "record, train, cancel, run, delete, outputs, inputs, control, connect, listen, dump",
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
					"comment": "outputs (list) while running",
					"patching_rect": [
						20,
						720,
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
					"comment": "examples, training, done-training, error, display",
					"patching_rect": [
						600,
						720,
						30.0,
						30.0
					],
					"id": "obj-5"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "r rave.regress",
					"numinlets": 0,
					"numoutlets": 1,
					"patching_rect": [
						80,
						20,
						112.0,
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
					"text": "route record train cancel run delete outputs inputs control connect listen dump",
					"numinlets": 12,
					"numoutlets": 12,
					"patching_rect": [
						20,
						60,
						600,
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
						""
					],
					"id": "obj-7"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "udpsend 127.0.0.1 6448",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						660,
						168.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-8"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "udpreceive 12000",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						700,
						400,
						126.0,
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
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						900,
						60,
						20,
						20
					],
					"outlettype": [
						"int"
					],
					"parameter_enable": 0,
					"id": "obj-10",
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
					"text": "record",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						900,
						300,
						50,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-11",
					"presentation": 1,
					"presentation_rect": [
						24,
						23,
						50,
						18
					]
				}
			},
			{
				"box": {
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						940,
						60,
						20,
						20
					],
					"outlettype": [
						"bang"
					],
					"id": "obj-12",
					"presentation": 1,
					"presentation_rect": [
						76,
						24,
						16,
						16
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "train",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						940,
						300,
						40,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-13",
					"presentation": 1,
					"presentation_rect": [
						94,
						23,
						40,
						18
					]
				}
			},
			{
				"box": {
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						980,
						60,
						20,
						20
					],
					"outlettype": [
						"int"
					],
					"parameter_enable": 0,
					"id": "obj-14",
					"presentation": 1,
					"presentation_rect": [
						134,
						24,
						16,
						16
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "run",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						980,
						300,
						30,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-15",
					"presentation": 1,
					"presentation_rect": [
						152,
						23,
						30,
						18
					]
				}
			},
			{
				"box": {
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1020,
						60,
						20,
						20
					],
					"outlettype": [
						"bang"
					],
					"id": "obj-16",
					"presentation": 1,
					"presentation_rect": [
						184,
						24,
						16,
						16
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "delete",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						1020,
						300,
						46,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-17",
					"presentation": 1,
					"presentation_rect": [
						202,
						23,
						46,
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
						900,
						100,
						91.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-18"
				}
			},
			{
				"box": {
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						900,
						130,
						50,
						22
					],
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"ignoreclick": 1,
					"id": "obj-19",
					"presentation": 1,
					"presentation_rect": [
						6,
						46,
						50,
						22
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "examples",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						1060,
						300,
						60,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-20",
					"presentation": 1,
					"presentation_rect": [
						58,
						47,
						60,
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
						960,
						100,
						91.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-21"
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
						960,
						130,
						100,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-22",
					"presentation": 1,
					"presentation_rect": [
						124,
						46,
						100,
						22
					]
				}
			},
			{
				"box": {
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1080,
						60,
						20,
						20
					],
					"outlettype": [
						"bang"
					],
					"ignoreclick": 1,
					"id": "obj-23",
					"presentation": 1,
					"presentation_rect": [
						228,
						49,
						16,
						16
					]
				}
			},
			{
				"box": {
					"maxclass": "multislider",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						900,
						160,
						114,
						48
					],
					"outlettype": [
						"",
						""
					],
					"parameter_enable": 0,
					"size": 16,
					"setminmax": [
						0.0,
						1.0
					],
					"setstyle": 1,
					"ignoreclick": 1,
					"id": "obj-24",
					"presentation": 1,
					"presentation_rect": [
						6,
						84,
						114,
						44
					]
				}
			},
			{
				"box": {
					"maxclass": "multislider",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						1030,
						160,
						114,
						48
					],
					"outlettype": [
						"",
						""
					],
					"parameter_enable": 0,
					"size": 16,
					"setminmax": [
						0.0,
						1.0
					],
					"setstyle": 1,
					"ignoreclick": 1,
					"id": "obj-25",
					"presentation": 1,
					"presentation_rect": [
						130,
						84,
						114,
						44
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "targets",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						900,
						330,
						60,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-26",
					"presentation": 1,
					"presentation_rect": [
						6,
						70,
						60,
						18
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "outputs",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						960,
						330,
						60,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-27",
					"presentation": 1,
					"presentation_rect": [
						130,
						70,
						60,
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
						900,
						220,
						91.0,
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
					"maxclass": "message",
					"text": "",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						900,
						250,
						238,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-29",
					"presentation": 1,
					"presentation_rect": [
						6,
						132,
						238,
						22
					]
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
					"id": "obj-30"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "patcherargs 127.0.0.1 6448 12000",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						300,
						130,
						238.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-31"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "unpack s i i",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [
						300,
						160,
						98.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						"",
						""
					],
					"id": "obj-32"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend host",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						300,
						190,
						98.0,
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
					"text": "prepend port",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						400,
						190,
						98.0,
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
					"text": "prepend port",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						500,
						190,
						98.0,
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
					"maxclass": "newobj",
					"text": "t l l l b",
					"numinlets": 1,
					"numoutlets": 4,
					"patching_rect": [
						20,
						300,
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
					"id": "obj-36"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "zl reg",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						20,
						360,
						56.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-37"
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
						140,
						330,
						30.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-38"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "pv hastargets",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						140,
						360,
						105.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-39"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t l l",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						200,
						330,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-40"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "zl len",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						260,
						360,
						56.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-41"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend size",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						260,
						390,
						98.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-42"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend set",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						200,
						390,
						91.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-43"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend /wekinator/control/outputs",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						20,
						420,
						252.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-44"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "pv hastargets",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						20,
						240,
						105.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-45"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "sel 1",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						20,
						270,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-46"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "r rave.record.begin",
					"numinlets": 0,
					"numoutlets": 1,
					"patching_rect": [
						120,
						240,
						147.0,
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
					"maxclass": "newobj",
					"text": "sel 1 0",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [
						300,
						240,
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
					"id": "obj-48"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t b b b",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [
						300,
						270,
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
					"id": "obj-49"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "/wekinator/control/startRecording",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						300,
						300,
						245.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-50"
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
						420,
						300,
						30.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-51"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "s rave.record.state",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						420,
						330,
						147.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-52"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t b b",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						480,
						270,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-53"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "/wekinator/control/stopRecording",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						480,
						300,
						238.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-54"
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
						600,
						300,
						30.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-55"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "r rave.record.state",
					"numinlets": 0,
					"numoutlets": 1,
					"patching_rect": [
						300,
						370,
						147.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-56"
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
						400,
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
					"id": "obj-57"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend set",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						300,
						430,
						91.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-58"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "pv recording",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						380,
						430,
						98.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-59"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "sel 1",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						460,
						430,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-60"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "recording",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						460,
						460,
						77.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-61"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend set",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						560,
						460,
						91.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-62"
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
						560,
						430,
						30.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-63"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t b b",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						700,
						240,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-64"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "/wekinator/control/train",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						700,
						270,
						182.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-65"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "training",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						860,
						270,
						70.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-66"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "/wekinator/control/cancelTrain",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						700,
						300,
						224.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-67"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "sel 1 0",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [
						700,
						330,
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
					"id": "obj-68"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t b b b b",
					"numinlets": 1,
					"numoutlets": 4,
					"patching_rect": [
						700,
						360,
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
					"id": "obj-69"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "/wekinator/control/startRunning",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						700,
						390,
						231.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-70"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "set 1",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						860,
						390,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-71"
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
						920,
						390,
						30.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-72"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "pv running",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						920,
						420,
						84.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-73"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "running",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						980,
						390,
						63.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-74"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t b b b",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [
						700,
						450,
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
					"id": "obj-75"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "/wekinator/control/stopRunning",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						700,
						480,
						224.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-76"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "set 0",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						860,
						480,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-77"
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
						920,
						480,
						30.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-78"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "pv running",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						920,
						510,
						84.0,
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
					"maxclass": "message",
					"text": "stopped",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						980,
						480,
						63.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-80"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "/wekinator/control/deleteAllExamples",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						480,
						266.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-81"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend /wek/inputs",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						20,
						540,
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
					"text": "t l b",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						300,
						540,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-83"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "zl join",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						300,
						630,
						63.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-84"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "zlclear",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						380,
						570,
						63.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-85"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "zl slice 1",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						300,
						570,
						84.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-86"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "sprintf /wekinator/control/%s",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						300,
						600,
						217.0,
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
					"text": "route /wek/outputs /wekinator/status/examples /wekinator/status/training /wekinator/status/done-training /wekinator/status/training-cancelled /wekinator/status/error /wekinator/status/saved /wekinator/status/loaded",
					"numinlets": 9,
					"numoutlets": 9,
					"patching_rect": [
						700,
						560,
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
						""
					],
					"id": "obj-88"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t l l l",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [
						700,
						590,
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
					"id": "obj-89"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "zl len",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						760,
						620,
						56.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-90"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend size",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						760,
						650,
						98.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-91"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend set",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						860,
						620,
						91.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-92"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend examples",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						960,
						625,
						126.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-93"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend training",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						970,
						650,
						126.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-94"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend done-training",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						980,
						675,
						161.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-95"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend training-cancelled",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						990,
						700,
						196.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-96"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend error",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1000,
						725,
						105.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-97"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend saved",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1010,
						750,
						105.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-98"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend loaded",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1020,
						775,
						112.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-99"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "zl slice 1",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						1000,
						560,
						84.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-100"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "sprintf training:%d%%",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1100,
						560,
						161.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-101"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "* 100.",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						1100,
						530,
						56.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-102"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t b b",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						1200,
						530,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-103"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "trained",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1200,
						560,
						63.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-104"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "cancelled",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1280,
						560,
						77.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-105"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "zl slice 1",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						1200,
						600,
						84.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-106"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend error",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1300,
						600,
						105.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-107"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "print rave.regress",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						1300,
						630,
						140.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-108"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "saved",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1200,
						660,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-109"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "loaded",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						1280,
						660,
						56.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-110"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "idle",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						900,
						20,
						42.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-111"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "pv recording",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1000,
						700,
						98.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-112"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "pv running",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1100,
						700,
						84.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-113"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t b b b b b",
					"numinlets": 1,
					"numoutlets": 5,
					"patching_rect": [
						1000,
						740,
						91.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						"",
						"",
						"",
						""
					],
					"id": "obj-114"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend display examples",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1000,
						800,
						182.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-115"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend display status",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1120,
						800,
						168.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-116"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend display error",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1240,
						800,
						161.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-117"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend display recording",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1360,
						800,
						189.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-118"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend display running",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1480,
						800,
						175.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-119"
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
						"obj-18",
						0
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
						"obj-21",
						0
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
						"obj-28",
						0
					],
					"destination": [
						"obj-29",
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
						"obj-32",
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
						"obj-32",
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
						"obj-32",
						0
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
						"obj-32",
						1
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
						"obj-32",
						2
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
						"obj-7",
						9
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
						"obj-9",
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
						"obj-36",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-36",
						1
					],
					"destination": [
						"obj-37",
						1
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
						"obj-39",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-36",
						3
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
						"obj-36",
						2
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
						1
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
						"obj-24",
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
						"obj-24",
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
						"obj-44",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-44",
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
						"obj-46",
						0
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
						"obj-44",
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
						"obj-45",
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
						"obj-48",
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
						"obj-49",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-49",
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
						"obj-49",
						1
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
						"obj-8",
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
						"obj-51",
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
						"obj-48",
						1
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
						"obj-53",
						1
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
						"obj-8",
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
						"obj-55",
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
						"obj-52",
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
						"obj-57",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-57",
						2
					],
					"destination": [
						"obj-58",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-58",
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
						"obj-57",
						1
					],
					"destination": [
						"obj-59",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-57",
						0
					],
					"destination": [
						"obj-60",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-60",
						0
					],
					"destination": [
						"obj-61",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-61",
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
						"obj-62",
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
						"obj-63",
						0
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
						"obj-60",
						0
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
						"obj-7",
						1
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
						"obj-12",
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
						"obj-64",
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
						"obj-65",
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
						"obj-64",
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
						"obj-66",
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
						"obj-7",
						2
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
						"obj-8",
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
						"obj-68",
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
						"obj-68",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-68",
						0
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
						3
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
						"obj-70",
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
						"obj-69",
						2
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
						"obj-71",
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
						"obj-69",
						1
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
						"obj-69",
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
						"obj-74",
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
						"obj-68",
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
						"obj-75",
						2
					],
					"destination": [
						"obj-76",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-76",
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
						"obj-77",
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
						"obj-75",
						1
					],
					"destination": [
						"obj-76",
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
						"obj-79",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-75",
						1
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
						"obj-75",
						0
					],
					"destination": [
						"obj-80",
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
						"obj-21",
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
						"obj-81",
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
						"obj-8",
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
						"obj-83",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-83",
						1
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
						"obj-84",
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
						"obj-86",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-86",
						1
					],
					"destination": [
						"obj-84",
						1
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
						"obj-8",
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
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-89",
						1
					],
					"destination": [
						"obj-90",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-90",
						0
					],
					"destination": [
						"obj-91",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-91",
						0
					],
					"destination": [
						"obj-25",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-89",
						2
					],
					"destination": [
						"obj-92",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-92",
						0
					],
					"destination": [
						"obj-25",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-88",
						1
					],
					"destination": [
						"obj-93",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-93",
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
						"obj-88",
						2
					],
					"destination": [
						"obj-94",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-94",
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
						"obj-88",
						3
					],
					"destination": [
						"obj-95",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-95",
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
						"obj-88",
						4
					],
					"destination": [
						"obj-96",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-96",
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
						"obj-88",
						5
					],
					"destination": [
						"obj-97",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-97",
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
						"obj-88",
						6
					],
					"destination": [
						"obj-98",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-98",
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
						"obj-88",
						7
					],
					"destination": [
						"obj-99",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-99",
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
						"obj-88",
						1
					],
					"destination": [
						"obj-100",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-100",
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
						"obj-102",
						0
					],
					"destination": [
						"obj-101",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-88",
						2
					],
					"destination": [
						"obj-101",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-101",
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
						"obj-88",
						3
					],
					"destination": [
						"obj-103",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-103",
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
						"obj-103",
						1
					],
					"destination": [
						"obj-104",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-104",
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
						"obj-88",
						4
					],
					"destination": [
						"obj-105",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-105",
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
						"obj-88",
						5
					],
					"destination": [
						"obj-106",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-106",
						1
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
						"obj-107",
						0
					],
					"destination": [
						"obj-108",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-88",
						5
					],
					"destination": [
						"obj-107",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-88",
						6
					],
					"destination": [
						"obj-109",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-109",
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
						"obj-88",
						7
					],
					"destination": [
						"obj-110",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-110",
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
						"obj-30",
						0
					],
					"destination": [
						"obj-111",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-111",
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
						"obj-114",
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
						"obj-115",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-115",
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
						"obj-114",
						3
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
						"obj-116",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-116",
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
						"obj-114",
						2
					],
					"destination": [
						"obj-29",
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
						"obj-117",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-117",
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
						"obj-114",
						1
					],
					"destination": [
						"obj-112",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-112",
						0
					],
					"destination": [
						"obj-118",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-118",
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
						"obj-114",
						0
					],
					"destination": [
						"obj-113",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-113",
						0
					],
					"destination": [
						"obj-119",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-119",
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
						10
					],
					"destination": [
						"obj-114",
						0
					]
				}
			}
		]
	}
}
