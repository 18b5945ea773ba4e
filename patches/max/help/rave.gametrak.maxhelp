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
			820
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
		"description": "reads a Gametrak with [hid] (Pd, Linux and macOS) or [hi] (Max)",
		"digest": "",
		"tags": "",
		"style": "",
		"subpatcher_template": "",
		"assistshowspatchername": 0,
		"boxes": [
			{
				"box": {
					"maxclass": "comment",
					"text": "rave.gametrak",
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
					"text": "reads a Gametrak with [hid] (Pd, Linux and macOS) or [hi] (Max)",
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
					"text": "Click devices, choose the Gametrak in the menu. [hi] numbers its elements: print them and map them once (the map messages below are an example, not your device's numbers).",
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
					"name": "rave.gametrak.maxpat",
					"args": [],
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						20,
						296,
						190,
						70
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
					"text": "print",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						130,
						49.0,
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
					"text": "open 0",
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
					"text": "close",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						156,
						49.0,
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
					"text": "poll 20",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						156,
						63.0,
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
					"text": "map 1 abs abs_x",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						182,
						119.0,
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
					"text": "map 2 abs abs_y",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						182,
						119.0,
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
					"text": "map 3 abs abs_z",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						208,
						119.0,
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
					"text": "map 4 abs abs_rx",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						208,
						126.0,
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
					"text": "map 5 abs abs_ry",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						234,
						126.0,
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
					"text": "map 6 abs abs_rz",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						234,
						126.0,
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
					"text": "map 7 key btn_0",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						260,
						119.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-15"
				}
			},
			{
				"box": {
					"maxclass": "bpatcher",
					"name": "rave.gametrak.scale.maxpat",
					"args": [],
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						20,
						396,
						200,
						140
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
					"id": "obj-16"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "print rave.gametrak-0",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						556,
						161.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-17"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "print rave.gametrak-1",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						220,
						556,
						161.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-18"
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
					"id": "obj-19"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "device: HID device number to open at load (optional, print lists them)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						44,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-20"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "Messages (inlet)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						88,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"fontface": 1,
					"id": "obj-21"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "open n: open HID device n and poll it every 10 ms",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						112,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-22"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "close: close the device",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						136,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-23"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "print: list the HID devices in the console",
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
					"id": "obj-24"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "poll ms: polling interval",
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
					"id": "obj-25"
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
						208,
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
					"text": "0: device events: abs abs_x <0..4095> ... abs abs_rz, key btn_0 <0|1> (the foot switch)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						232,
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
					"text": "1: device status from [hid] / [hi]",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						276,
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
					"text": "Windows: pd-hid does not exist there. [hidraw] (deken) reads the raw reports: see the help patch.",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						300,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-29"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "Some PlayStation-branded Gametraks send nothing until the host writes an unlock handshake.",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						344,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-30"
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
						"obj-4",
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
						"obj-4",
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
						"obj-4",
						1
					],
					"destination": [
						"obj-18",
						0
					]
				}
			}
		]
	}
}
