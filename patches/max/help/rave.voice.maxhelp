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
			1192
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
		"description": "one voice of the server: latents, gain, mute, model and method",
		"digest": "",
		"tags": "",
		"style": "",
		"subpatcher_template": "",
		"assistshowspatchername": 0,
		"boxes": [
			{
				"box": {
					"maxclass": "comment",
					"text": "rave.voice",
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
					"text": "one voice of the server: latents, gain, mute, model and method",
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
					"text": "A voice named help playing the demo model; a rave.server must be open.",
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
					"args": [],
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						300,
						120,
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
					"maxclass": "bpatcher",
					"name": "rave.voice.maxpat",
					"args": [
						"help",
						"demo"
					],
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						20,
						508,
						230,
						196
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
					"id": "obj-5"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "0.2 0.8 0.5 0.5 0.5 0.5 0.5 0.5",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						290,
						231.0,
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
					"text": "dim 0 0.9",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						290,
						77.0,
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
					"text": "range -2 2",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						316,
						84.0,
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
					"text": "db -12",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						316,
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
					"text": "mute 1",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						342,
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
					"text": "mute 0",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						342,
						56.0,
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
					"text": "out 0 1",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						368,
						63.0,
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
					"text": "model demo",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						368,
						84.0,
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
					"text": "method forward",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						394,
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
					"text": "smooth 0.1",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						394,
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
					"text": "attr/get temperature",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						420,
						154.0,
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
					"text": "restart",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						420,
						63.0,
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
					"text": "get",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						446,
						35.0,
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
					"text": "free",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						446,
						42.0,
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
					"text": "new",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						472,
						35.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-20"
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
						472,
						42.0,
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
					"text": "print rave.voice-0",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						734,
						140.0,
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
					"text": "print rave.voice-1",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						220,
						734,
						140.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-23"
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
					"id": "obj-24"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "name: voice name (a letter first), used in its OSC addresses /rave/<name>/...",
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
					"id": "obj-25"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "model: model file or name in the server's model folders (optional)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						88,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-26"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "method: decode (default), forward or encode",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						132,
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
					"text": "dims: number of latent dimensions (default 8, a longer list sets it)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						156,
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
					"text": "Messages (inlet, or [s rave.voice <name>])",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						200,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"fontface": 1,
					"id": "obj-29"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "list f...: latents in control units (0..1 by default), all dimensions at once",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						224,
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
					"text": "latent f...: the same as a list",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						268,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-31"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "dim i f: one dimension (0-based)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						292,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-32"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "range lo hi: control units 0..1 map to lo..hi latent units on the server (default -3 3)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						316,
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
					"text": "bias i f: /rave/<name>/bias: per-dimension offset on the server",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						360,
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
					"text": "scale i f: /rave/<name>/scale: per-dimension factor on the server",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						404,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-35"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "smooth seconds: latent smoothing on the server",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						448,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-36"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "gain linear: output gain",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						472,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-37"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "db dB: output gain in decibels (the gain slider)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						496,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-38"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "mute 0|1: mute the voice",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						520,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-39"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "out ch...: output channels (0-based)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						544,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-40"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "model name: load (swap) a model, keeping the method",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						568,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-41"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "method name: change the method, reloading the model",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						592,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-42"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "load model [method]: /rave/<name>/load",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						616,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-43"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "attr/set name v...: set a model attribute",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						640,
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
					"text": "attr/get name: ask for a model attribute (answer on the right outlet)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						664,
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
					"text": "restart: /rave/<name>/restart",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						708,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-46"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "get: /rave/<name>/get: the server's view of the voice (right outlet)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						732,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-47"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "new: create the voice now (it is created when the server answers)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						776,
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
					"text": "free: remove the voice from the server",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						820,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-49"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "dims n: number of latent dimensions",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						844,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-50"
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
						868,
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
					"text": "Outlets",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						912,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"fontface": 1,
					"id": "obj-52"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "0: latents (list, control units) each time a slider moves and when the voice is created: use them as regression targets",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						936,
						460,
						60.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 3,
					"id": "obj-53"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "1: latency <samples>, frame f... and error <reason> (with notify 1), done get|attr/get ..., fail <address> <reason>, display <field> <value> after dump",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						1000,
						460,
						60.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 3,
					"id": "obj-54"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "Sends nothing until the server has the voice. After creating or reloading it, it sends its whole state again (range, latents, gain, mute, outputs).",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						1064,
						460,
						60.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 3,
					"id": "obj-55"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "Needs a rave.server in the same patch (Pd) or in any open patcher (Max).",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						1128,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-56"
				}
			}
		],
		"lines": [
			{
				"patchline": {
					"source": [
						"obj-6",
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
						"obj-8",
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
						"obj-9",
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
						"obj-10",
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
						"obj-11",
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
						"obj-12",
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
						"obj-13",
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
						"obj-14",
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
						"obj-15",
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
						"obj-16",
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
						"obj-17",
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
						"obj-18",
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
						"obj-19",
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
						"obj-20",
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
						"obj-21",
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
						"obj-5",
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
						"obj-5",
						1
					],
					"destination": [
						"obj-23",
						0
					]
				}
			}
		]
	}
}
