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
			640
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
		"description": "plays recorded Gametrak data as if it came from the device",
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
						200,
						70
					],
					"bgcolor": [
						0.93,
						0.89,
						0.96,
						1.0
					],
					"rounded": 4,
					"id": "obj-1",
					"presentation": 1,
					"presentation_rect": [
						0,
						0,
						200,
						70
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "rave.replay",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						700,
						10,
						190,
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
						190,
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
					"comment": "play [from] [to], stop, loop, seek, read, interval",
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
					"comment": "device events, as rave.gametrak gives them",
					"patching_rect": [
						20,
						600,
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
					"comment": "end",
					"patching_rect": [
						500,
						600,
						30.0,
						30.0
					],
					"id": "obj-5"
				}
			},
			{
				"box": {
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						800,
						60,
						20,
						20
					],
					"outlettype": [
						"int"
					],
					"parameter_enable": 0,
					"id": "obj-6",
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
					"text": "play",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						800,
						100,
						36,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-7",
					"presentation": 1,
					"presentation_rect": [
						24,
						23,
						36,
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
						840,
						60,
						20,
						20
					],
					"outlettype": [
						"int"
					],
					"parameter_enable": 0,
					"id": "obj-8",
					"presentation": 1,
					"presentation_rect": [
						62,
						24,
						16,
						16
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "loop",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						840,
						100,
						36,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-9",
					"presentation": 1,
					"presentation_rect": [
						80,
						23,
						36,
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
						880,
						60,
						91.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-10"
				}
			},
			{
				"box": {
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						880,
						90,
						48,
						22
					],
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"ignoreclick": 1,
					"id": "obj-11",
					"presentation": 1,
					"presentation_rect": [
						118,
						22,
						48,
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
						800,
						140,
						91.0,
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
					"maxclass": "message",
					"text": "",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						800,
						170,
						130,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-13",
					"presentation": 1,
					"presentation_rect": [
						6,
						46,
						130,
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
						950,
						140,
						91.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-14"
				}
			},
			{
				"box": {
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						950,
						170,
						54,
						22
					],
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"ignoreclick": 1,
					"id": "obj-15",
					"presentation": 1,
					"presentation_rect": [
						140,
						46,
						54,
						22
					]
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "r rave.replay",
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
					"id": "obj-16"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "route play stop loop seek read interval",
					"numinlets": 7,
					"numoutlets": 7,
					"patching_rect": [
						20,
						60,
						287.0,
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
						""
					],
					"id": "obj-17"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "coll #0_frames",
					"numinlets": 1,
					"numoutlets": 4,
					"patching_rect": [
						20,
						400,
						112.0,
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
					"id": "obj-18"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "coll #0_frames",
					"numinlets": 1,
					"numoutlets": 4,
					"patching_rect": [
						600,
						300,
						112.0,
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
					"id": "obj-19"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t l l",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						600,
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
					"id": "obj-20"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend read",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						600,
						230,
						98.0,
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
					"text": "length",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						600,
						270,
						56.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-22"
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
					"id": "obj-23"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "pv size",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						680,
						360,
						63.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-24"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "metro 10",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						20,
						250,
						70.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-25"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "i",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						20,
						280,
						40.0,
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
					"maxclass": "newobj",
					"text": "split 0 0",
					"numinlets": 3,
					"numoutlets": 2,
					"patching_rect": [
						20,
						310,
						77.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-27"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t i i i",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [
						20,
						340,
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
					"id": "obj-28"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "+ 1",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						100,
						370,
						40.0,
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
					"text": "pv pos",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						160,
						370,
						56.0,
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
					"text": "unpack i i i i i i i",
					"numinlets": 1,
					"numoutlets": 7,
					"patching_rect": [
						20,
						430,
						154.0,
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
						""
					],
					"id": "obj-31"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend abs abs_x",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						20,
						470,
						133.0,
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
					"text": "prepend abs abs_y",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						120,
						470,
						133.0,
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
					"text": "prepend abs abs_z",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						220,
						470,
						133.0,
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
					"text": "prepend abs abs_rx",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						320,
						470,
						140.0,
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
					"text": "prepend abs abs_ry",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						420,
						470,
						140.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-36"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend abs abs_rz",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						520,
						470,
						140.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-37"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "change",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [
						620,
						470,
						56.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						"",
						""
					],
					"id": "obj-38"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend key btn_0",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						620,
						500,
						133.0,
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
					"text": "t b",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						200,
						340,
						40.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-40"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "pv loop",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						200,
						370,
						63.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-41"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "sel 0 1",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [
						200,
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
					"id": "obj-42"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t b b",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						200,
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
					"id": "obj-43"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "end",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						300,
						460,
						35.0,
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
					"text": "t b b",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						300,
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
					"id": "obj-45"
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
						300,
						230,
						30.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-46"
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
						360,
						230,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-47"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t i i b",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [
						400,
						300,
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
					"maxclass": "message",
					"text": "set 0",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						460,
						330,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-49"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "pv from",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						260,
						430,
						63.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-50"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "route bang",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						700,
						100,
						84.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-51"
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
						700,
						130,
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
					"maxclass": "newobj",
					"text": "- 1",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						760,
						160,
						40.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-54"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "pv size",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						760,
						130,
						63.0,
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
					"maxclass": "message",
					"text": "0",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						840,
						160,
						30.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-56"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "pv from",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						840,
						190,
						63.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-57"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "pv pos",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						900,
						160,
						56.0,
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
					"text": ">=",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						900,
						190,
						40.0,
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
						900,
						220,
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
					"text": "0",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						900,
						250,
						30.0,
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
					"text": "unpack i i",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						800,
						260,
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
					"text": "t i i b",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [
						800,
						290,
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
					"id": "obj-63"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "pv from",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						880,
						320,
						63.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-64"
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
						700,
						230,
						30.0,
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
					"text": "set 1",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						760,
						230,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-66"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "sel 1 0",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [
						800,
						20,
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
					"id": "obj-67"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t i i",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						900,
						20,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-68"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "pv loop",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						900,
						50,
						63.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-69"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend set",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						980,
						50,
						91.0,
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
					"text": "loadbang",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						400,
						20,
						70.0,
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
					"text": "t b b",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						400,
						50,
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
					"maxclass": "newobj",
					"text": "patcherargs gametrak-demo.txt",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						400,
						80,
						217.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
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
						500,
						80,
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
					"maxclass": "newobj",
					"text": "pv loop",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						500,
						110,
						63.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-75"
				}
			}
		],
		"lines": [
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
						"obj-12",
						0
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
						"obj-14",
						0
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
						"obj-3",
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
						"obj-16",
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
						"obj-17",
						4
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
						"obj-20",
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
						"obj-18",
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
						"obj-23",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-23",
						1
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
						"obj-23",
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
						"obj-25",
						0
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
						"obj-28",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-28",
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
						"obj-26",
						1
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-28",
						1
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
						"obj-28",
						1
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
						"obj-28",
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
						"obj-32",
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
						"obj-31",
						1
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
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-31",
						2
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
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-31",
						3
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
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-31",
						4
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
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-31",
						5
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
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-31",
						6
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
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-27",
						1
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
						"obj-5",
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
						"obj-45",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-17",
						1
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
						1
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
						"obj-25",
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
						"obj-47",
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
						"obj-6",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-17",
						3
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
						"obj-26",
						1
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
						"obj-10",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-48",
						2
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
						0
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
						"obj-42",
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
						"obj-48",
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
						"obj-53",
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
						"obj-54",
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
						"obj-27",
						2
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
						"obj-52",
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
						"obj-57",
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
						"obj-58",
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
						"obj-59",
						1
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
						"obj-59",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-59",
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
						"obj-48",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-51",
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
						"obj-62",
						1
					],
					"destination": [
						"obj-27",
						2
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
						"obj-63",
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
						"obj-63",
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
						"obj-51",
						1
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
						"obj-25",
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
						"obj-6",
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
						"obj-53",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-67",
						1
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
						"obj-17",
						2
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
						"obj-8",
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
						1
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
						"obj-68",
						0
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
						"obj-17",
						5
					],
					"destination": [
						"obj-25",
						1
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
						1
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
						"obj-20",
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
						"obj-75",
						0
					]
				}
			}
		]
	}
}
