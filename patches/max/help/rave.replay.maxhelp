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
		"description": "plays recorded Gametrak data as if it came from the device",
		"digest": "",
		"tags": "",
		"style": "",
		"subpatcher_template": "",
		"assistshowspatchername": 0,
		"boxes": [
			{
				"box": {
					"maxclass": "comment",
					"text": "rave.replay",
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
					"text": "plays recorded Gametrak data as if it came from the device",
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
					"text": "No Gametrak? Play the recorded performance (misc/gametrak-demo.txt in this package).",
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
					"name": "rave.replay.maxpat",
					"args": [],
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						20,
						244,
						200,
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
					"text": "play",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						130,
						42.0,
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
					"text": "stop",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						130,
						42.0,
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
					"text": "loop 1",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						156,
						56.0,
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
					"text": "loop 0",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						156,
						56.0,
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
					"text": "seek 0",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						182,
						56.0,
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
					"text": "play 0 399",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						182,
						84.0,
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
					"text": "interval 20",
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
					"text": "read gametrak-demo.txt",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						208,
						168.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-12"
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
						344,
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
					"id": "obj-13"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "print rave.replay-0",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						504,
						147.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-14"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "print rave.replay-1",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						220,
						504,
						147.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-15"
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
					"id": "obj-16"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "file: frames file (default gametrak-demo.txt, in patches/data)",
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
					"id": "obj-17"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "Messages (inlet, or [s rave.replay])",
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
					"id": "obj-18"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "play [from] [to]: play frames from..to (default: from the current frame to the end)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						112,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-19"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "stop: stop",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						156,
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
					"text": "loop 0|1: start again at the end",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						180,
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
					"text": "seek frame: go to a frame",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						204,
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
					"text": "read file: read another file: one frame per line, lx ly ll rx ry rl foot (raw 0..4095, 0|1)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						228,
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
					"text": "interval ms: time between frames (default 10, as recorded)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						272,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-24"
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
						316,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"fontface": 1,
					"id": "obj-25"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "0: device events, as rave.gametrak gives them",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						340,
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
					"text": "1: end when the last frame has played",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						364,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-27"
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
						"obj-4",
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
						"obj-4",
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
						"obj-4",
						1
					],
					"destination": [
						"obj-15",
						0
					]
				}
			}
		]
	}
}
