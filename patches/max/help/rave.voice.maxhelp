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
			1556
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
						612,
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
					"maxclass": "message",
					"text": "pan 0.25",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						498,
						70.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-22"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "pan 0.75",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						498,
						70.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-23"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "pan/off",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						524,
						63.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-24"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "solo 1",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						524,
						56.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-25"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "solo 0",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						550,
						56.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-26"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "follow enc",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						280,
						550,
						84.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-27"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "follow/off",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						576,
						84.0,
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
					"text": "print rave.voice-0",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						838,
						140.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-29"
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
						838,
						140.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-30"
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
					"id": "obj-31"
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
					"id": "obj-32"
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
					"id": "obj-33"
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
					"id": "obj-34"
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
					"id": "obj-35"
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
					"id": "obj-36"
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
					"id": "obj-37"
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
					"id": "obj-38"
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
					"id": "obj-39"
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
					"id": "obj-40"
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
					"id": "obj-41"
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
					"id": "obj-42"
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
					"id": "obj-43"
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
					"id": "obj-44"
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
					"id": "obj-45"
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
					"id": "obj-46"
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
					"id": "obj-47"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "pan position: pan over the output channels: 0..1 around them as a ring, in out's order (with two, 0 is the first and 1 the second)",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						568,
						460,
						60.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 3,
					"id": "obj-48"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "pan/off: stop panning: the voice's channels go to the outputs in turn again",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						632,
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
					"text": "solo 0|1: while any voice is soloed, only soloed voices sound",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						676,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-50"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "follow encoder: the latents follow the frames of an encoder voice (by name), overriding the sliders",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						720,
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
					"text": "follow/off: the latents come from the sliders and messages again",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						764,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-52"
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
						808,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-53"
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
						832,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-54"
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
						856,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-55"
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
						880,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-56"
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
						904,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-57"
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
						948,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-58"
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
						972,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-59"
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
						1016,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-60"
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
						1060,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-61"
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
						1084,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-62"
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
						1108,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-63"
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
						1152,
						460,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"fontface": 1,
					"id": "obj-64"
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
						1176,
						460,
						60.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 3,
					"id": "obj-65"
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
						1240,
						460,
						60.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 3,
					"id": "obj-66"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "Sends nothing until the server has the voice. After creating or reloading it, it sends its whole state again: range, latents, gain, mute, and the outputs, smoothing, pan, solo and follow once they are set (pan/off and follow/off unset them).",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						1304,
						460,
						100.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 5,
					"id": "obj-67"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "follow needs the encoder voice on the server: if the voice is created before its encoder, the follow sent with its state fails (shown in the status): send follow again.",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						1408,
						460,
						80.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 4,
					"id": "obj-68"
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
						1492,
						460,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-69"
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
						"obj-22",
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
						"obj-23",
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
						"obj-24",
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
						"obj-25",
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
						"obj-26",
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
						"obj-27",
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
						"obj-28",
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
						"obj-29",
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
						"obj-30",
						0
					]
				}
			}
		]
	}
}
