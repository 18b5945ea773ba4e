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
		"description": "Gametrak scaling and routing: six axes to 0..1, /wek/inputs, foot switch to record",
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
						140
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
						140
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "rave.gametrak.scale",
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
					"comment": "abs <axis> <value>, key btn_0 <0|1>, smooth, interval, range, foot, on, connect",
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
					"comment": "six values 0..1 each tick",
					"patching_rect": [
						20,
						700,
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
					"comment": "record 0|1",
					"patching_rect": [
						700,
						700,
						30.0,
						30.0
					],
					"id": "obj-5"
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
					"id": "obj-6"
				}
			},
			{
				"box": {
					"maxclass": "multislider",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						900,
						60,
						110,
						84
					],
					"outlettype": [
						"",
						""
					],
					"parameter_enable": 0,
					"size": 6,
					"setminmax": [
						0.0,
						1.0
					],
					"setstyle": 1,
					"orientation": 1,
					"ignoreclick": 1,
					"id": "obj-7",
					"presentation": 1,
					"presentation_rect": [
						6,
						24,
						110,
						84
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "left x",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						1100,
						60,
						80,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-8",
					"presentation": 1,
					"presentation_rect": [
						120,
						22,
						80,
						18
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "left y",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						1100,
						80,
						80,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-9",
					"presentation": 1,
					"presentation_rect": [
						120,
						36,
						80,
						18
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "left length",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						1100,
						100,
						80,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-10",
					"presentation": 1,
					"presentation_rect": [
						120,
						50,
						80,
						18
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "right x",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						1100,
						120,
						80,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-11",
					"presentation": 1,
					"presentation_rect": [
						120,
						64,
						80,
						18
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "right y",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						1100,
						140,
						80,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-12",
					"presentation": 1,
					"presentation_rect": [
						120,
						78,
						80,
						18
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "right length",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						1100,
						160,
						80,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-13",
					"presentation": 1,
					"presentation_rect": [
						120,
						92,
						80,
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
						1000,
						200,
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
						6,
						116,
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
						1100,
						200,
						50,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-15",
					"presentation": 1,
					"presentation_rect": [
						24,
						115,
						50,
						18
					]
				}
			},
			{
				"box": {
					"maxclass": "flonum",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						1050,
						200,
						50,
						22
					],
					"outlettype": [
						"",
						"bang"
					],
					"parameter_enable": 0,
					"id": "obj-16",
					"presentation": 1,
					"presentation_rect": [
						84,
						114,
						46,
						20
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "smooth ms",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						1100,
						220,
						66,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-17",
					"presentation": 1,
					"presentation_rect": [
						132,
						115,
						66,
						18
					]
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "route abs key smooth interval range foot on connect",
					"numinlets": 9,
					"numoutlets": 9,
					"patching_rect": [
						20,
						60,
						420,
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
					"id": "obj-18"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "loadbang",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						500,
						20,
						70.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-19"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "patcherargs 127.0.0.1 6448",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						500,
						50,
						196.0,
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
					"text": "unpack s i",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						500,
						80,
						84.0,
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
					"text": "prepend host",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						500,
						110,
						98.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-22"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend port",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						600,
						110,
						98.0,
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
					"maxclass": "newobj",
					"text": "route abs_x abs_y abs_z abs_rx abs_ry abs_rz",
					"numinlets": 7,
					"numoutlets": 7,
					"patching_rect": [
						20,
						100,
						322.0,
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
					"id": "obj-24"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "r #0_lo",
					"numinlets": 0,
					"numoutlets": 1,
					"patching_rect": [
						20,
						130,
						63.0,
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
					"text": "r #0_hi",
					"numinlets": 0,
					"numoutlets": 1,
					"patching_rect": [
						80,
						130,
						63.0,
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
					"text": "r #0_a",
					"numinlets": 0,
					"numoutlets": 1,
					"patching_rect": [
						140,
						130,
						56.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-27"
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
						130,
						30.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-28"
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
					"id": "obj-29"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "gate 1 1",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						20,
						280,
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
					"text": "gate 1 0",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						20,
						310,
						70.0,
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
					"text": "t b b b b b b",
					"numinlets": 1,
					"numoutlets": 6,
					"patching_rect": [
						20,
						340,
						105.0,
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
					"id": "obj-32"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "pack f f f f f f",
					"numinlets": 6,
					"numoutlets": 1,
					"patching_rect": [
						20,
						480,
						126.0,
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
					"text": "expr min(max(($f1 - $f2) / ($f3 - $f2)\\, 0.)\\, 1.)",
					"numinlets": 3,
					"numoutlets": 1,
					"patching_rect": [
						180,
						160,
						100,
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
					"text": "f",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						180,
						250,
						40.0,
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
					"text": "expr $f2 + $f3 * ($f1 - $f2)",
					"numinlets": 3,
					"numoutlets": 1,
					"patching_rect": [
						180,
						300,
						100,
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
					"text": "t f f",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						180,
						340,
						49.0,
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
					"maxclass": "newobj",
					"text": "expr min(max(($f1 - $f2) / ($f3 - $f2)\\, 0.)\\, 1.)",
					"numinlets": 3,
					"numoutlets": 1,
					"patching_rect": [
						290,
						160,
						100,
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
					"maxclass": "newobj",
					"text": "f",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						290,
						250,
						40.0,
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
					"text": "expr $f2 + $f3 * ($f1 - $f2)",
					"numinlets": 3,
					"numoutlets": 1,
					"patching_rect": [
						290,
						300,
						100,
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
					"text": "t f f",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						290,
						340,
						49.0,
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
					"text": "expr min(max(($f1 - $f2) / ($f3 - $f2)\\, 0.)\\, 1.)",
					"numinlets": 3,
					"numoutlets": 1,
					"patching_rect": [
						400,
						160,
						100,
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
					"text": "f",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						400,
						250,
						40.0,
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
					"text": "!- 1.",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						400,
						200,
						49.0,
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
					"text": "expr $f2 + $f3 * ($f1 - $f2)",
					"numinlets": 3,
					"numoutlets": 1,
					"patching_rect": [
						400,
						300,
						100,
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
					"text": "t f f",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						400,
						340,
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
					"text": "expr min(max(($f1 - $f2) / ($f3 - $f2)\\, 0.)\\, 1.)",
					"numinlets": 3,
					"numoutlets": 1,
					"patching_rect": [
						510,
						160,
						100,
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
					"text": "f",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						510,
						250,
						40.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-48"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "expr $f2 + $f3 * ($f1 - $f2)",
					"numinlets": 3,
					"numoutlets": 1,
					"patching_rect": [
						510,
						300,
						100,
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
					"maxclass": "newobj",
					"text": "t f f",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						510,
						340,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-50"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "expr min(max(($f1 - $f2) / ($f3 - $f2)\\, 0.)\\, 1.)",
					"numinlets": 3,
					"numoutlets": 1,
					"patching_rect": [
						620,
						160,
						100,
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
					"maxclass": "newobj",
					"text": "f",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						620,
						250,
						40.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-52"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "expr $f2 + $f3 * ($f1 - $f2)",
					"numinlets": 3,
					"numoutlets": 1,
					"patching_rect": [
						620,
						300,
						100,
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
					"maxclass": "newobj",
					"text": "t f f",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						620,
						340,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-54"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "expr min(max(($f1 - $f2) / ($f3 - $f2)\\, 0.)\\, 1.)",
					"numinlets": 3,
					"numoutlets": 1,
					"patching_rect": [
						730,
						160,
						100,
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
					"maxclass": "newobj",
					"text": "f",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						730,
						250,
						40.0,
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
					"text": "!- 1.",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						730,
						200,
						49.0,
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
					"text": "expr $f2 + $f3 * ($f1 - $f2)",
					"numinlets": 3,
					"numoutlets": 1,
					"patching_rect": [
						730,
						300,
						100,
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
					"text": "t f f",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						730,
						340,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-59"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t l l l",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [
						20,
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
					"id": "obj-60"
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
						550,
						91.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-61"
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
						580,
						147.0,
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
					"maxclass": "newobj",
					"text": "unpack f f",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						600,
						200,
						84.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-63"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "s #0_lo",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						600,
						230,
						63.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-64"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "s #0_hi",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						680,
						230,
						63.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-65"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t f f",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						600,
						280,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-66"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend set",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						680,
						310,
						91.0,
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
					"text": "expr 1. - exp(-$f2 / max($f1\\, 0.000001))",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						600,
						340,
						240,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-68"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "s #0_a",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						600,
						370,
						56.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-69"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t b i i",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [
						860,
						280,
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
					"id": "obj-70"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "pv smoothms",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						860,
						310,
						91.0,
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
					"text": "pv smoothms",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						760,
						310,
						91.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-72"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "route btn_0",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						400,
						420,
						91.0,
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
					"maxclass": "newobj",
					"text": "route toggle hold",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [
						500,
						420,
						133.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						"",
						""
					],
					"id": "obj-74"
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
						450,
						30.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-75"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "pv hold",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						500,
						480,
						63.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-76"
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
						560,
						450,
						30.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-77"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "pv hold",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						560,
						480,
						63.0,
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
					"text": "t b i",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						400,
						450,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-79"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "i",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						450,
						510,
						40.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-80"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "sel 0 1",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [
						400,
						510,
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
					"id": "obj-81"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "pv hold",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						400,
						480,
						63.0,
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
					"text": "sel 1",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						400,
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
					"text": "== 0",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						400,
						600,
						42.0,
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
					"text": "pv recording",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						400,
						570,
						98.0,
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
					"text": "sel 1 0",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [
						700,
						500,
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
					"id": "obj-86"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "i",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						500,
						540,
						40.0,
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
					"text": "t b b b",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [
						700,
						530,
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
					"id": "obj-88"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "s rave.record.begin",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						700,
						560,
						147.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-89"
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
						780,
						560,
						245.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-90"
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
						1000,
						560,
						30.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-91"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t b b",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						900,
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
					"id": "obj-92"
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
						900,
						590,
						238.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-93"
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
						1060,
						560,
						30.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-94"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t i i",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						1000,
						620,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-95"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "s rave.record.state",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						1060,
						650,
						147.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-96"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend record",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1000,
						650,
						112.0,
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
					"text": "r rave.record.state",
					"numinlets": 0,
					"numoutlets": 1,
					"patching_rect": [
						1150,
						560,
						147.0,
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
					"text": "t i i",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						1150,
						590,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-99"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "pv recording",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1150,
						620,
						98.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-100"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend set",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						1230,
						620,
						91.0,
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
					"text": "t b b b b",
					"numinlets": 1,
					"numoutlets": 4,
					"patching_rect": [
						500,
						140,
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
					"id": "obj-102"
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
						170,
						30.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-103"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "s #0_lo",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						500,
						200,
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
					"text": "4095",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						560,
						170,
						42.0,
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
					"text": "s #0_hi",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						200,
						63.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-106"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "10",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						640,
						170,
						30.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-107"
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
						700,
						170,
						30.0,
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
					"text": "1",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						760,
						170,
						30.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-109"
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
						"obj-18",
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
						"obj-21",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-18",
						7
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
						"obj-21",
						1
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
						"obj-22",
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
						"obj-23",
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
						"obj-18",
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
						"obj-29",
						0
					],
					"destination": [
						"obj-30",
						1
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
						1
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
						"obj-31",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-18",
						6
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
						"obj-24",
						0
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
						"obj-24",
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
						"obj-25",
						0
					],
					"destination": [
						"obj-34",
						1
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
						"obj-34",
						2
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
						"obj-35",
						1
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
						"obj-36",
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
						"obj-36",
						2
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
						"obj-37",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-37",
						1
					],
					"destination": [
						"obj-36",
						1
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
						"obj-33",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-24",
						1
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
						"obj-24",
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
						"obj-25",
						0
					],
					"destination": [
						"obj-38",
						1
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
						"obj-38",
						2
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
						1
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
						"obj-40",
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
						"obj-40",
						2
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
						1
					],
					"destination": [
						"obj-40",
						1
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
						"obj-33",
						1
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-24",
						2
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
						"obj-24",
						2
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
						"obj-25",
						0
					],
					"destination": [
						"obj-42",
						1
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
						"obj-42",
						2
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
						"obj-43",
						1
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
						"obj-45",
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
						"obj-45",
						2
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
						1
					],
					"destination": [
						"obj-45",
						1
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
						"obj-33",
						2
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-24",
						3
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
						"obj-24",
						3
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
						"obj-25",
						0
					],
					"destination": [
						"obj-47",
						1
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
						"obj-47",
						2
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
						1
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-32",
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
						"obj-49",
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
						"obj-49",
						2
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
						"obj-50",
						1
					],
					"destination": [
						"obj-49",
						1
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
						"obj-33",
						3
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-24",
						4
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
						"obj-24",
						4
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
						"obj-25",
						0
					],
					"destination": [
						"obj-51",
						1
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
						"obj-51",
						2
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
						1
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-32",
						4
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
						"obj-53",
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
						"obj-53",
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
						"obj-54",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-54",
						1
					],
					"destination": [
						"obj-53",
						1
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
						"obj-33",
						4
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-24",
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
						"obj-24",
						5
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
						"obj-25",
						0
					],
					"destination": [
						"obj-55",
						1
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
						"obj-55",
						2
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
						"obj-57",
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
						"obj-56",
						1
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-32",
						5
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
						"obj-58",
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
						"obj-58",
						2
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
						1
					],
					"destination": [
						"obj-58",
						1
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
						"obj-33",
						5
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
						"obj-4",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-60",
						1
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
						"obj-7",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-60",
						2
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
						"obj-18",
						4
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
						"obj-63",
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
						"obj-18",
						2
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
						"obj-16",
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
						"obj-16",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-66",
						1
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
						"obj-18",
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
						2
					],
					"destination": [
						"obj-29",
						1
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-70",
						1
					],
					"destination": [
						"obj-68",
						1
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
						"obj-68",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-66",
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
						"obj-18",
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
						"obj-18",
						5
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
						"obj-75",
						0
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
						"obj-74",
						0
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
						"obj-74",
						1
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
						"obj-73",
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
						1
					],
					"destination": [
						"obj-80",
						1
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
						"obj-81",
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
						"obj-82",
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
						"obj-83",
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
						"obj-85",
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
						"obj-86",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-79",
						1
					],
					"destination": [
						"obj-87",
						1
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-81",
						1
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
						"obj-86",
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
						"obj-88",
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
						"obj-89",
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
						"obj-6",
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
						"obj-91",
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
						"obj-92",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-92",
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
						"obj-6",
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
						"obj-94",
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
						"obj-95",
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
						"obj-95",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-95",
						1
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
						"obj-95",
						0
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
						"obj-98",
						0
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
						"obj-99",
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
						"obj-101",
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
						"obj-19",
						0
					],
					"destination": [
						"obj-102",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-102",
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
						"obj-104",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-102",
						3
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
						"obj-106",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-102",
						2
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
						"obj-107",
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
						"obj-102",
						1
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
						"obj-108",
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
						"obj-102",
						0
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
						"obj-29",
						0
					]
				}
			}
		]
	}
}
