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
		"description": "Gametrak scaling and routing: six axes to 0..1, /wek/inputs, foot switch to record",
		"digest": "",
		"tags": "",
		"style": "",
		"subpatcher_template": "",
		"assistshowspatchername": 0,
		"boxes": [
			{
				"box": {
					"maxclass": "comment",
					"text": "rave.gametrak.scale",
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
					"text": "Gametrak scaling and routing: six axes to 0..1, /wek/inputs, foot switch to record",
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
					"text": "Try it without a Gametrak: the messages below are what rave.gametrak sends.",
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
					"name": "rave.gametrak.scale.maxpat",
					"args": [
						"127.0.0.1",
						6448
					],
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						20,
						296,
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
					"id": "obj-4"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "abs abs_x 2048",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						130,
						112.0,
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
					"text": "abs abs_y 1000",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						130,
						112.0,
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
					"text": "abs abs_z 3900",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						156,
						112.0,
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
					"text": "abs abs_rx 3000",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						156,
						119.0,
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
					"text": "abs abs_ry 2048",
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
					"text": "abs abs_rz 1500",
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
					"text": "key btn_0 1",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						208,
						91.0,
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
					"text": "key btn_0 0",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						208,
						91.0,
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
					"text": "smooth 50",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						234,
						77.0,
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
					"text": "range 200 3900",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						234,
						112.0,
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
					"text": "foot hold",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						260,
						77.0,
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
					"text": "foot toggle",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						260,
						91.0,
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
					"text": "print rave.gametrak.scale-0",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						466,
						203.0,
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
					"text": "print rave.gametrak.scale-1",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						220,
						466,
						203.0,
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
					"text": "host: stage address (default 127.0.0.1)",
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
					"id": "obj-20"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "port: stage input port (default 6448)",
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
					"id": "obj-21"
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
						92,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"fontface": 1,
					"id": "obj-22"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "abs axis value: an axis as [hid] gives it: abs_x abs_y abs_z (left), abs_rx abs_ry abs_rz (right)",
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
					"id": "obj-23"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "key btn_0 0|1: the foot switch: toggles recording",
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
					"text": "smooth ms: one-pole smoothing time constant (0: off, default)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						184,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-25"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "interval ms: how often /wek/inputs is sent (default 10)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						228,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-26"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "range lo hi: raw range of every axis (default 0 4095)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						252,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-27"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "foot toggle|hold: foot switch toggles recording (default) or records while held",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						276,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-28"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "on 0|1: sending on (default) or off",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						320,
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
					"text": "connect [host] [port]: where the stage listens",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						344,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-30"
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
						368,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"fontface": 1,
					"id": "obj-31"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "0: the six values (list: left x, left y, left length, right x, right y, right length), each tick",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						392,
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
					"text": "1: record 0|1 when the foot switch changes the recording state",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						436,
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
					"text": "Lengths are inverted: pulling a string out increases its value.",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						480,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-34"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "Sends nothing until the first axis value arrives.",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						524,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-35"
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
