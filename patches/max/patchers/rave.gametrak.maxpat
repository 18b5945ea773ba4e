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
			1000,
			600
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
		"description": "reads a Gametrak with [hid] (Pd, Linux and macOS) or [hi] (Max)",
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
						190,
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
						190,
						70
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "rave.gametrak",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						700,
						10,
						180,
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
						180,
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
					"comment": "open <n|name>, close, print, poll <ms>, map <element> abs <axis> | key btn_0",
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
					"comment": "abs <axis> <value>, key btn_0 <0|1>",
					"patching_rect": [
						20,
						540,
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
					"comment": "device list (for a umenu)",
					"patching_rect": [
						400,
						540,
						30.0,
						30.0
					],
					"id": "obj-5"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "hi",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						20,
						360,
						40.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-6"
				}
			},
			{
				"box": {
					"maxclass": "umenu",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [
						700,
						60,
						120,
						22
					],
					"outlettype": [
						"int",
						"",
						""
					],
					"parameter_enable": 0,
					"id": "obj-7",
					"presentation": 1,
					"presentation_rect": [
						6,
						24,
						130,
						20
					]
				}
			},
			{
				"box": {
					"maxclass": "button",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						840,
						60,
						20,
						20
					],
					"outlettype": [
						"bang"
					],
					"id": "obj-8",
					"presentation": 1,
					"presentation_rect": [
						140,
						26,
						16,
						16
					]
				}
			},
			{
				"box": {
					"maxclass": "toggle",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						880,
						60,
						20,
						20
					],
					"outlettype": [
						"int"
					],
					"parameter_enable": 0,
					"ignoreclick": 1,
					"id": "obj-9",
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
					"text": "reading",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						700,
						120,
						60,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-10",
					"presentation": 1,
					"presentation_rect": [
						24,
						47,
						60,
						18
					]
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "devices",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						760,
						120,
						32,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 10.0,
					"id": "obj-11",
					"presentation": 1,
					"presentation_rect": [
						158,
						25,
						32,
						18
					]
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "route open close print poll map",
					"numinlets": 6,
					"numoutlets": 6,
					"patching_rect": [
						20,
						60,
						231.0,
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
					"id": "obj-12"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t b l",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						20,
						120,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-13"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "poll 10",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						150,
						63.0,
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
					"text": "set 1",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						100,
						150,
						49.0,
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
					"text": "poll 0",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						200,
						120,
						56.0,
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
					"text": "set 0",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						260,
						150,
						49.0,
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
					"text": "info, menu",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						300,
						120,
						84.0,
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
					"text": "prepend poll",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						400,
						120,
						98.0,
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
					"text": "coll #0_gametrak-map",
					"numinlets": 1,
					"numoutlets": 4,
					"patching_rect": [
						500,
						300,
						154.0,
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
					"id": "obj-20"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "unpack i i",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						20,
						400,
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
					"text": "zl join",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						20,
						480,
						63.0,
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
					"text": "coll #0_gametrak-map",
					"numinlets": 1,
					"numoutlets": 4,
					"patching_rect": [
						20,
						440,
						154.0,
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
					"id": "obj-23"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "[hi] gives <element> <value>: find the Gametrak's elements with print and set them with map, e.g. map 3 abs abs_x, map 1 key btn_0",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						200,
						420,
						360,
						60.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 3,
					"id": "obj-24"
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
						"obj-13",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-13",
						1
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
						"obj-14",
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
						"obj-13",
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
						"obj-15",
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
						"obj-12",
						1
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
						"obj-6",
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
						"obj-12",
						2
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
						"obj-8",
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
						"obj-6",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-12",
						3
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
						"obj-6",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-6",
						1
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
						1
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
						"obj-12",
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
						"obj-6",
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
						"obj-21",
						1
					],
					"destination": [
						"obj-22",
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
						"obj-4",
						0
					]
				}
			}
		]
	}
}
